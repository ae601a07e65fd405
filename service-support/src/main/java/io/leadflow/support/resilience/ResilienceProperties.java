package io.leadflow.support.resilience;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long and how often work waits for an unavailable dependency ({@code leadflow.resilience.*}). A consumer retries
 * a message that failed for a {@link FailureKind#TRANSIENT transient} reason from {@code outage-initial-backoff},
 * doubling up to {@code outage-max-backoff}, for as long as {@code outage-limit} (six hours: longer than any database
 * or broker outage an operator lets run); an {@link FailureKind#UNEXPECTED unexpected} failure gets {@code
 * unexpected-attempts} attempts {@code unexpected-backoff} apart; a {@link FailureKind#POISON poison} message none.
 */
@ConfigurationProperties("leadflow.resilience")
public record ResilienceProperties(
        @DefaultValue("6h") Duration outageLimit,
        @DefaultValue("1s") Duration outageInitialBackoff,
        @DefaultValue("30s") Duration outageMaxBackoff,
        @DefaultValue("4") int unexpectedAttempts,
        @DefaultValue("2s") Duration unexpectedBackoff) {

    public ResilienceProperties {
        if (unexpectedAttempts < 1) {
            throw new IllegalArgumentException("leadflow.resilience.unexpected-attempts must be at least 1");
        }
    }
}
