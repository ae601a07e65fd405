package io.leadflow.handoff.application.port.in;

import io.leadflow.handoff.domain.HandoffId;

/** Two-tier hand-off: the SDR who accepted the lead passes it to an account executive of the rule's second team. */
public record PassHandoffCommand(HandoffId handoffId, Actor actor) {

    public PassHandoffCommand {
        Commands.require(handoffId, "handoffId");
        Commands.require(actor, "actor");
    }
}
