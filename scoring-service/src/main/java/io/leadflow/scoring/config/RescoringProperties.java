package io.leadflow.scoring.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Background re-scoring after a publish: how many leads one transaction takes, and how often an idle replica looks
 * for an open run.
 */
@ConfigurationProperties("leadflow.rescoring")
public record RescoringProperties(
        @DefaultValue("500") int batchSize,
        @DefaultValue("1s") Duration pollInterval) {}
