package io.leadflow.archfixture.compliant.application.port.in;

import io.leadflow.kernel.LeadId;

public record RegisterThingCommand(LeadId owner, String name, int size) {

    public RegisterThingCommand {
        if (owner == null) {
            throw new IllegalArgumentException("a thing needs an owner");
        }
    }
}
