package io.leadflow.archfixture.violating.domainseesapplication.domain;

import io.leadflow.archfixture.violating.domainseesapplication.application.port.in.RegisterThingCommand;

public record Thing(String name) {

    public static Thing from(RegisterThingCommand command) {
        return new Thing(command.name());
    }
}
