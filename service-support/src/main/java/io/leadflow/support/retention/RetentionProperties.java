package io.leadflow.support.retention;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Retention of a service's data ({@code leadflow.retention.*}): the rules by name (each service names its kinds of data
 * in its {@code application.yml}; a deployment changes one rule's {@code keep} by its name, e.g.
 * {@code leadflow.retention.rules.raw-events.keep=1095d}), how often the job runs and how many rows one statement
 * removes (short statements keep locks short on busy tables). {@code enabled=false} stops the job. The erased leads'
 * tombstones are never kept shorter than the processed event ids: a configuration that would is refused at start.
 */
@ConfigurationProperties("leadflow.retention")
public record RetentionProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("1h") Duration interval,
        @DefaultValue("5000") int batchSize,
        @DefaultValue Map<String, RetentionRule> rules) {

    /** The rule of the erased leads' tombstones (docs/privacy.md), never shorter than {@link #PROCESSED_EVENTS}. */
    public static final String TOMBSTONES = "erased-leads";

    /** The rule of the consumed event ids. */
    public static final String PROCESSED_EVENTS = "processed-events";

    public RetentionProperties {
        rules = rules == null ? Map.of() : rules;
        if (batchSize < 1) {
            throw new IllegalArgumentException("leadflow.retention.batch-size must be at least 1");
        }
        RetentionRule tombstones = rules.get(TOMBSTONES);
        RetentionRule processed = rules.get(PROCESSED_EVENTS);
        if (tombstones != null
                && processed != null
                && processed.enabled()
                && (!tombstones.enabled() || tombstones.keep().compareTo(processed.keep()) < 0)) {
            // an event id forgotten is applied again when it comes back; a tombstone forgotten before it lets it in
            throw new IllegalArgumentException("leadflow.retention: rule " + TOMBSTONES
                    + " must keep erased leads at least as long as rule " + PROCESSED_EVENTS + " keeps event ids");
        }
    }
}
