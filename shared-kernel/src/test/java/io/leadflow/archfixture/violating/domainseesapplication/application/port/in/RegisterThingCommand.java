package io.leadflow.archfixture.violating.domainseesapplication.application.port.in;

public record RegisterThingCommand(String name) {}
