package io.leadflow.support.retention;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Retention of a service's data ({@code leadflow.retention.*}): the rules by name (each service names its kinds of data
 * in its {@code application.yml}; a deployment changes one rule's {@code keep} by its name, e.g.
 * {@code leadflow.retention.rules.raw-events.keep=1095d}), how often the job runs and how many rows one statement
 * removes (short statements keep locks short on busy tables). {@code enabled=false} stops the job.
 */
@ConfigurationProperties("leadflow.retention")
public record RetentionProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("1h") Duration interval,
        @DefaultValue("5000") int batchSize,
        @DefaultValue Map<String, RetentionRule> rules) {

    public RetentionProperties {
        rules = rules == null ? Map.of() : rules;
        if (batchSize < 1) {
            throw new IllegalArgumentException("leadflow.retention.batch-size must be at least 1");
        }
    }
}
