package io.leadflow.handoff.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How patiently we try to reach a rep's tool: after the n-th failed attempt wait the n-th delay (the last delay
 * repeats, which caps the back-off), and give up once the next attempt would fall later than {@code giveUpAfter}
 * from the first one. The defaults (5 s, 30 s, 2 min, 10 min, ... 6 h, for 3 days) follow common webhook practice.
 */
public record RetrySchedule(List<Duration> delays, Duration giveUpAfter) {

    public RetrySchedule {
        if (delays == null || delays.isEmpty() || giveUpAfter == null) {
            throw new IllegalArgumentException("a retry schedule needs at least one delay and a give-up time");
        }
        delays = List.copyOf(delays);
        if (delays.stream().anyMatch(d -> d.isNegative() || d.isZero()) || giveUpAfter.isNegative()) {
            throw new IllegalArgumentException("retry delays and the give-up time must be positive");
        }
    }

    public static RetrySchedule standard() {
        return new RetrySchedule(
                List.of(
                        Duration.ofSeconds(5),
                        Duration.ofSeconds(30),
                        Duration.ofMinutes(2),
                        Duration.ofMinutes(10),
                        Duration.ofHours(1),
                        Duration.ofHours(3),
                        Duration.ofHours(6)),
                Duration.ofDays(3));
    }

    /** When to try again after {@code failedAttempts} failures, or empty when it is time to give up. */
    public Optional<Instant> nextAttempt(int failedAttempts, Instant firstScheduledAt, Instant now) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("a retry follows at least one failed attempt");
        }
        Instant next = now.plus(delays.get(Math.min(failedAttempts, delays.size()) - 1));
        return next.isAfter(firstScheduledAt.plus(giveUpAfter)) ? Optional.empty() : Optional.of(next);
    }
}
