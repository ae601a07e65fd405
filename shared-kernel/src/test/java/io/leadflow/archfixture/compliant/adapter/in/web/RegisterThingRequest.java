package io.leadflow.archfixture.compliant.adapter.in.web;

import java.util.UUID;

public record RegisterThingRequest(UUID owner, String name, int size) {}
