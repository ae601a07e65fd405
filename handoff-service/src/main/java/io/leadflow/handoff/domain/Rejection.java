package io.leadflow.handoff.domain;

import io.leadflow.kernel.RejectionReason;
import java.time.Instant;

/** A rep's "no": the reason marketing nurtures by, the rep's own note, who said it and when. */
public record Rejection(RejectionReason reason, String note, RepId rejectedBy, Instant rejectedAt) {

    public Rejection {
        if (reason == null || rejectedBy == null || rejectedAt == null) {
            throw new IllegalArgumentException("a rejection needs a reason, a rep and a time");
        }
    }
}
