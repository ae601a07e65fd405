package io.leadflow.handoff.application.port.in;

import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.handoff.domain.RepId;

/** A manager (or an admin) moves a waiting hand-off to another rep of the team. */
public record ReassignHandoffCommand(HandoffId handoffId, RepId toRep, Actor actor) {

    public ReassignHandoffCommand {
        Commands.require(handoffId, "handoffId");
        Commands.require(toRep, "repId");
        Commands.require(actor, "actor");
    }
}
