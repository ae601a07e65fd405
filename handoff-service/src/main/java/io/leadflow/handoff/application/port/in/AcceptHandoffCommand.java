package io.leadflow.handoff.application.port.in;

import io.leadflow.handoff.domain.HandoffId;

/** The rep takes the lead. */
public record AcceptHandoffCommand(HandoffId handoffId, Actor actor) {

    public AcceptHandoffCommand {
        Commands.require(handoffId, "handoffId");
        Commands.require(actor, "actor");
    }

    public AcceptHandoffCommand(HandoffId handoffId) {
        this(handoffId, Actor.system());
    }
}
