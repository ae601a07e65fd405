package io.leadflow.handoff.application.port.in;

import io.leadflow.handoff.domain.HandoffId;

/** The rep takes the lead. */
public record AcceptHandoffCommand(HandoffId handoffId) {

    public AcceptHandoffCommand {
        Commands.require(handoffId, "handoffId");
    }
}
