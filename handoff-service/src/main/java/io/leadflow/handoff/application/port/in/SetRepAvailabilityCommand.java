package io.leadflow.handoff.application.port.in;

import io.leadflow.handoff.domain.RepId;

/** A rep goes away (no new hand-offs) or comes back, set by their team's manager or an admin. */
public record SetRepAvailabilityCommand(RepId repId, Boolean available, Actor actor) {

    public SetRepAvailabilityCommand {
        Commands.require(repId, "repId");
        Commands.require(available, "available");
        Commands.require(actor, "actor");
    }
}
