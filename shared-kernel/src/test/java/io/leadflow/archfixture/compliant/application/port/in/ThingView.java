package io.leadflow.archfixture.compliant.application.port.in;

public record ThingView(String id, String name, int size) {}
