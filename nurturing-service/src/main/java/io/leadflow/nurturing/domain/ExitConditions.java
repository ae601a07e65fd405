package io.leadflow.nurturing.domain;

import io.leadflow.kernel.InvalidValueException;
import java.time.Duration;
import java.util.Optional;

/**
 * When a lead leaves a track other than by being recycled (which always ends it): sales re-qualified it through
 * another path, it unsubscribed, it received the last step, or it has been on the track for the maximum duration.
 */
public record ExitConditions(
        boolean onRequalified, boolean onUnsubscribed, boolean onCompleted, Optional<Duration> maxDuration) {

    public static final Duration MAX_DURATION = Duration.ofDays(3660);
    public static final ExitConditions DEFAULT = new ExitConditions(true, true, true, Optional.empty());

    public ExitConditions {
        maxDuration = maxDuration == null ? Optional.empty() : maxDuration;
        maxDuration.ifPresent(max -> {
            if (max.isNegative() || max.isZero()) {
                throw new InvalidValueException(
                        "exit.maxDuration",
                        "track.exit.maxDuration.positive",
                        "a maximum duration must be positive, got " + max);
            }
            if (max.compareTo(MAX_DURATION) > 0) {
                throw new InvalidValueException(
                        "exit.maxDuration", "track.exit.maxDuration.max", "a maximum duration is at most 3660 days");
            }
        });
    }
}
