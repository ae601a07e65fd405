package io.leadflow.handoff.application.port.in;

import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.kernel.RejectionReason;

/** The rep turns the lead down: a reason from the shared list (nurturing picks a track by it) and a free note. */
public record RejectHandoffCommand(HandoffId handoffId, RejectionReason reason, String note, Actor actor) {

    private static final int MAX_NOTE = 2000;

    public RejectHandoffCommand {
        Commands.require(handoffId, "handoffId");
        Commands.require(reason, "reason");
        note = note == null || note.isBlank() ? null : Commands.limited(note.strip(), "note", MAX_NOTE);
        Commands.require(actor, "actor");
    }

    public RejectHandoffCommand(HandoffId handoffId, RejectionReason reason, String note) {
        this(handoffId, reason, note, Actor.system());
    }
}
