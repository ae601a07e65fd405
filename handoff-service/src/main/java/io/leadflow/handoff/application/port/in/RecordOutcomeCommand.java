package io.leadflow.handoff.application.port.in;

import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.handoff.domain.Outcome;

/** What became of a qualified lead, told by the rep holding it, their manager or an admin. */
public record RecordOutcomeCommand(HandoffId handoffId, Outcome outcome, Actor actor) {

    public RecordOutcomeCommand {
        Commands.require(handoffId, "handoffId");
        Commands.require(outcome, "outcome");
        Commands.require(actor, "actor");
    }
}
