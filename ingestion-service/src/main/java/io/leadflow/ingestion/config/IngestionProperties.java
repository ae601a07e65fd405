package io.leadflow.ingestion.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service's rules that operators may tune: how far in the future an event time may lie before it counts as a
 * sender's clock error, and how many rows an import worker commits at a time.
 */
@ConfigurationProperties("leadflow.ingestion")
public record IngestionProperties(
        @DefaultValue("5m") Duration maxClockSkew,
        @DefaultValue("500") int importChunkSize) {}
