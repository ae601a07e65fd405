package io.leadflow.scoring.domain.model;

/** One thing wrong with a model document: where ({@code rules[3].condition.pattern}), which rule, and why. */
public record ModelViolation(String field, String rule, String detail) {}
