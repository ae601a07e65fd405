package io.leadflow.handoff.application.port.in;

import java.util.UUID;

/** The routing rule to remove; hand-offs it routed keep their team. */
public record DeleteRoutingRuleCommand(UUID id) {

    public DeleteRoutingRuleCommand {
        Commands.require(id, "id");
    }
}
