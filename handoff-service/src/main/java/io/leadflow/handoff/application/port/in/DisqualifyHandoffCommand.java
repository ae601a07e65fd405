package io.leadflow.handoff.application.port.in;

import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.kernel.InvalidValueException;

/** The lead will never buy (competitor, student, fake data): a reason in the decider's words. */
public record DisqualifyHandoffCommand(HandoffId handoffId, String reason, Actor actor) {

    public DisqualifyHandoffCommand {
        Commands.require(handoffId, "handoffId");
        if (reason == null || reason.isBlank()) {
            throw new InvalidValueException("reason", "reason.required", "a disqualification needs a reason");
        }
        reason = Commands.limited(reason.strip(), "reason", 1000);
        Commands.require(actor, "actor");
    }
}
