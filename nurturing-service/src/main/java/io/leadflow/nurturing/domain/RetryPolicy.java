package io.leadflow.nurturing.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * When to try a failed delivery again: after the n-th failed attempt wait the n-th delay (the last one repeats);
 * give up once the delivery is older than {@code giveUpAfter}.
 */
public record RetryPolicy(List<Duration> delays, Duration giveUpAfter) {

    public RetryPolicy {
        if (delays == null || delays.isEmpty() || giveUpAfter == null) {
            throw new IllegalArgumentException("a retry policy needs at least one delay and a give-up time");
        }
        delays = List.copyOf(delays);
    }

    public Instant nextAttempt(int failedAttempts, Instant now) {
        return now.plus(delays.get(Math.min(Math.max(failedAttempts, 1), delays.size()) - 1));
    }

    public boolean givesUp(Instant createdAt, Instant now) {
        return Duration.between(createdAt, now).compareTo(giveUpAfter) >= 0;
    }
}
