package io.leadflow.console.application;

/** One version of a scoring model with its document as YAML text, for reading and editing. */
public record ModelVersion(String modelId, int version, String status, String yaml) {}
