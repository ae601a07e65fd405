package io.leadflow.nurturing.application.port.in;

import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.RejectionReason;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which rejected leads to show: optionally one reason, one rep, a period of rejection times ({@code from}
 * inclusive, {@code to} exclusive), one track, one status; one page of them. Pages are bounded to keep reads cheap.
 */
public record RejectedLeadsFilter(
        Optional<RejectionReason> reason,
        Optional<String> rep,
        Optional<Instant> from,
        Optional<Instant> to,
        Optional<String> track,
        Optional<String> status,
        int page,
        int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;
    public static final int MAX_PAGE = 100_000;
    public static final int MAX_TEXT = 200;
    /** Enrolment statuses, plus what happened to rejections that joined no enrolment. */
    public static final Set<String> STATUSES = Set.of(
            "ACTIVE",
            "STOPPED",
            "RECYCLED",
            "REQUALIFIED",
            "UNSUBSCRIBED",
            "COMPLETED",
            "EXPIRED",
            "DISQUALIFIED",
            "NO_TRACK");

    public RejectedLeadsFilter {
        reason = reason == null ? Optional.empty() : reason;
        rep = text(rep, "rep");
        track = text(track, "track");
        from = from == null ? Optional.empty() : from;
        to = to == null ? Optional.empty() : to;
        status = text(status, "status").map(s -> s.toUpperCase(Locale.ROOT));
        status.ifPresent(s -> {
            if (!STATUSES.contains(s)) {
                throw new InvalidValueException(
                        "status",
                        "status.unknown",
                        "status is one of "
                                + STATUSES.stream()
                                        .sorted()
                                        .map(x -> x.toLowerCase(Locale.ROOT))
                                        .toList() + ", got '" + s.toLowerCase(Locale.ROOT) + "'");
            }
        });
        if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
            throw new InvalidValueException("to", "period.order", "'to' must be after 'from'");
        }
        if (page < 0 || page > MAX_PAGE) {
            throw new InvalidValueException("page", "page.range", "page runs from 0 to " + MAX_PAGE + ", got " + page);
        }
        if (size < 1) {
            throw new InvalidValueException("size", "size.min", "size is at least 1, got " + size);
        }
        if (size > MAX_SIZE) {
            throw new InvalidValueException("size", "size.max", "size is at most " + MAX_SIZE + ", got " + size);
        }
    }

    /** Every rejection, first page. */
    public static RejectedLeadsFilter all(int page, int size) {
        return new RejectedLeadsFilter(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                page,
                size);
    }

    public RejectedLeadsFilter page(int next) {
        return new RejectedLeadsFilter(reason, rep, from, to, track, status, next, size);
    }

    public long offset() {
        return (long) page * size;
    }

    private static Optional<String> text(Optional<String> value, String field) {
        if (value == null) {
            return Optional.empty();
        }
        Optional<String> stripped = value.map(String::strip).filter(v -> !v.isEmpty());
        stripped.ifPresent(v -> {
            if (v.length() > MAX_TEXT || v.indexOf('\0') >= 0) {
                throw new InvalidValueException(
                        field, field + ".format", field + " is at most " + MAX_TEXT + " characters, without NUL");
            }
        });
        return stripped;
    }
}
