package io.leadflow.handoff.application.port.in;

import io.leadflow.handoff.domain.Bant;
import io.leadflow.handoff.domain.HandoffId;

/** The rep confirmed a buying cycle: BANT and the opportunity amount. */
public record QualifyHandoffCommand(HandoffId handoffId, Bant bant, Actor actor) {

    public QualifyHandoffCommand {
        Commands.require(handoffId, "handoffId");
        Commands.require(bant, "bant");
        Commands.require(actor, "actor");
    }
}
