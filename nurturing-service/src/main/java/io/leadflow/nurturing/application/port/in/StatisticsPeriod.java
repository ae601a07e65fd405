package io.leadflow.nurturing.application.port.in;

import io.leadflow.kernel.InvalidValueException;
import java.time.Duration;
import java.time.Instant;

/** The window for marketing's statistics ({@code from} inclusive, {@code to} exclusive) and the bucket size. */
public record StatisticsPeriod(Instant from, Instant to, Bucket bucket) {

    public static final Duration MAX_SPAN = Duration.ofDays(3660);

    /** The length of the periods rejections are counted in. */
    public enum Bucket {
        DAY,
        WEEK,
        MONTH
    }

    public StatisticsPeriod {
        if (from == null || to == null || bucket == null) {
            throw new InvalidValueException("period", "period.required", "from, to and bucket are required");
        }
        if (!from.isBefore(to)) {
            throw new InvalidValueException("to", "period.order", "'to' must be after 'from'");
        }
        if (Duration.between(from, to).compareTo(MAX_SPAN) > 0) {
            throw new InvalidValueException("from", "period.span", "a period spans at most 3660 days");
        }
    }
}
