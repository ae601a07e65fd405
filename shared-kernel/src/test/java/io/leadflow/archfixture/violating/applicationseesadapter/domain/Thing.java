package io.leadflow.archfixture.violating.applicationseesadapter.domain;

public record Thing(String name) {}
