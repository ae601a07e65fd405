package io.leadflow.scoring.adapter.in.web;

/** A new predictive model: {@code id} (lower-case letters, digits, dashes) and an optional description. */
public record PredictiveModelRequest(String id, String description) {}
