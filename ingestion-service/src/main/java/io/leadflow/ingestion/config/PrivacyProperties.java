package io.leadflow.ingestion.config;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code leadflow.privacy}: the services whose answers a data subject's request waits for (besides ingestion) and how
 * long an assembled export is kept before it is deleted.
 */
@ConfigurationProperties("leadflow.privacy")
public record PrivacyProperties(
        @DefaultValue({"scoring-service", "handoff-service", "nurturing-service"})
        List<String> services,

        @DefaultValue("7d") Duration exportRetention) {}
