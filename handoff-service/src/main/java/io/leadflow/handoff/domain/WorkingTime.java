package io.leadflow.handoff.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Time in which an SLA clock runs: a team's business calendar, or that calendar narrowed to the hours of the rep
 * holding the lead. Everything is derived from the working windows, so calendars in different time zones combine.
 */
public interface WorkingTime {

    /** Far enough for any SLA (at most 60 days of working time), near enough to end a search without working time. */
    int MAX_WINDOWS = 20_000;

    /** The working window containing {@code from} or, when {@code from} is off, the next one; empty if none. */
    Optional<WorkingWindow> windowFrom(Instant from);

    /** Whether {@code at} falls inside working time. */
    default boolean isWorking(Instant at) {
        return windowFrom(at).filter(w -> !at.isBefore(w.open())).isPresent();
    }

    /** The instant {@code amount} of working time after {@code start}; a zero amount gives the next working moment. */
    default Instant plus(Instant start, Duration amount) {
        if (start == null || amount == null || amount.isNegative()) {
            throw new IllegalArgumentException("working time is added to an instant and is not negative");
        }
        Duration left = amount;
        Instant cursor = start;
        for (int i = 0; i < MAX_WINDOWS; i++) {
            WorkingWindow window = windowFrom(cursor)
                    .orElseThrow(() -> new IllegalStateException("no more working time in this calendar"));
            if (cursor.isBefore(window.open())) {
                cursor = window.open();
            }
            Duration available = Duration.between(cursor, window.close());
            if (left.isZero() || available.compareTo(left) > 0) {
                return cursor.plus(left);
            }
            left = left.minus(available);
            cursor = window.close();
            if (left.isZero()) {
                return cursor;
            }
        }
        throw new IllegalStateException("no working time within " + MAX_WINDOWS + " windows in this calendar");
    }

    /** The working time from {@code from} to {@code to}; negative when {@code to} is earlier. */
    default Duration between(Instant from, Instant to) {
        if (from == null || to == null) {
            throw new IllegalArgumentException("working time is counted between two instants");
        }
        if (to.isBefore(from)) {
            return between(to, from).negated();
        }
        Duration total = Duration.ZERO;
        Instant cursor = from;
        for (int i = 0; i < MAX_WINDOWS && cursor.isBefore(to); i++) {
            Optional<WorkingWindow> next = windowFrom(cursor);
            if (next.isEmpty() || !next.get().open().isBefore(to)) {
                break;
            }
            Instant start =
                    cursor.isAfter(next.get().open()) ? cursor : next.get().open();
            Instant end = to.isBefore(next.get().close()) ? to : next.get().close();
            total = total.plus(Duration.between(start, end));
            cursor = next.get().close();
        }
        return total;
    }

    /**
     * Only the time in which both work, from {@code from} on; this calendar alone where the two never meet again (a
     * bound that cannot be met is no bound: the deadline must come some time).
     */
    default WorkingTime within(WorkingTime other, Instant from) {
        WorkingTime shared = new SharedWorkingTime(this, other);
        return shared.windowFrom(from).isPresent() ? shared : this;
    }
}
