package io.leadflow.nurturing.application.port.in;

import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.RejectionReason;
import java.util.Optional;

/** Which page of rejected leads to show, optionally for one reason only. Pages are bounded to keep reads cheap. */
public record RejectedLeadsFilter(Optional<RejectionReason> reason, int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;
    public static final int MAX_PAGE = 100_000;

    public RejectedLeadsFilter {
        reason = reason == null ? Optional.empty() : reason;
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

    public long offset() {
        return (long) page * size;
    }
}
