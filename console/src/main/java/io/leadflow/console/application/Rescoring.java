package io.leadflow.console.application;

/** A publish's answer: the version now scores leads, and a background run re-scores {@code total} leads. */
public record Rescoring(String modelId, int version, long total, long done) {}
