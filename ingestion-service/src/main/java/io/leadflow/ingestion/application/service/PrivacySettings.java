package io.leadflow.ingestion.application.service;

import java.time.Duration;
import java.util.List;

/**
 * How data subjects' requests are answered: the name ingestion answers under, the other services whose answers a
 * request waits for, and how long an assembled export is kept.
 */
public record PrivacySettings(String self, List<String> services, Duration exportRetention) {

    public PrivacySettings {
        services = List.copyOf(services);
        if (exportRetention.isNegative() || exportRetention.isZero()) {
            throw new IllegalArgumentException("leadflow.privacy.export-retention must be positive");
        }
    }
}
