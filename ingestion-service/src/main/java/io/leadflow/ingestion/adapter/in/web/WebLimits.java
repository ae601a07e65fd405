package io.leadflow.ingestion.adapter.in.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Body size limits per endpoint. Segment's are the public spec's (32KB a call, 500KB a batch); the native batch must
 * hold 1,000 events with their properties.
 */
@ConfigurationProperties("leadflow.ingestion.limits")
public record WebLimits(
        @DefaultValue("64KB") DataSize single,
        @DefaultValue("8MB") DataSize batch,
        @DefaultValue("32KB") DataSize segmentCall,
        @DefaultValue("500KB") DataSize segmentBatch,
        @DefaultValue("50MB") DataSize importFile) {}
