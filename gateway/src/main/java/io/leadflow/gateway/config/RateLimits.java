package io.leadflow.gateway.config;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Requests each caller may make: an API key ({@code apiKey}, event sources send in bursts) and a person
 * ({@code user}) each get a bucket of {@code capacity} requests refilled over {@code period}. A browser write key
 * ({@code browserKey}) sits in every visitor's browser, so it gets a bucket per key and client address instead.
 */
@ConfigurationProperties(prefix = "leadflow.rate-limits")
public record RateLimits(
        @DefaultValue("true") boolean enabled,
        @Nullable Limit apiKey,
        @Nullable Limit user,
        @Nullable Limit browserKey) {

    public RateLimits {
        apiKey = apiKey == null ? new Limit(120_000, Duration.ofMinutes(1)) : apiKey;
        user = user == null ? new Limit(300, Duration.ofMinutes(1)) : user;
        browserKey = browserKey == null ? new Limit(60, Duration.ofMinutes(1)) : browserKey;
    }

    /** The longest period of the three limits: how long an idle bucket must be kept. */
    public Duration longestPeriod() {
        Duration longest = apiKey.period().compareTo(user.period()) > 0 ? apiKey.period() : user.period();
        return longest.compareTo(browserKey.period()) > 0 ? longest : browserKey.period();
    }

    /** {@code capacity} requests per {@code period}, refilled gradually. */
    public record Limit(long capacity, Duration period) {

        public Limit {
            if (capacity < 1) {
                throw new IllegalArgumentException("a rate limit's capacity must be at least 1, was " + capacity);
            }
            if (period == null || period.isZero() || period.isNegative()) {
                throw new IllegalArgumentException("a rate limit's period must be positive, was " + period);
            }
        }
    }
}
