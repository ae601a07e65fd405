package io.leadflow.nurturing.domain;

import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.RejectionReason;

/**
 * A rejection reason a track takes, with its priority: when two tracks take the same reason, the higher priority
 * wins; two tracks taking one reason at the same priority would make the choice arbitrary and are refused.
 */
public record EntryReason(RejectionReason reason, int priority) {

    public static final int MAX_PRIORITY = 1000;

    public EntryReason {
        if (reason == null) {
            throw new InvalidValueException("reason", "track.reason.required", "an entry reason is required");
        }
        if (!reason.isNurturable()) {
            throw new InvalidValueException(
                    "reason",
                    "track.reasons.nurturable",
                    "a track cannot take " + reason + ": such leads are disqualified, not nurtured");
        }
        if (priority < 0 || priority > MAX_PRIORITY) {
            throw new InvalidValueException(
                    "priority",
                    "track.priority.range",
                    "a priority runs from 0 to " + MAX_PRIORITY + ", got " + priority);
        }
    }
}
