package io.leadflow.support.deadletter;

import io.leadflow.kernel.InvalidValueException;
import java.util.List;

/** Which dead letters to send back: the listed ids, or {@code all} of them (never both, never neither). */
public record RedriveDeadLettersRequest(List<Long> ids, Boolean all) {

    public RedriveDeadLettersRequest {
        boolean everything = Boolean.TRUE.equals(all);
        boolean some = ids != null && !ids.isEmpty();
        if (everything == some) {
            throw new InvalidValueException("ids", "ids-or-all", "name the dead letters' ids, or all=true, not both");
        }
        if (some && (ids.size() > 1000 || ids.stream().anyMatch(id -> id == null || id < 1))) {
            throw new InvalidValueException("ids", "positive-ids", "up to 1000 positive dead-letter ids");
        }
        ids = some ? List.copyOf(ids) : List.of();
    }
}
