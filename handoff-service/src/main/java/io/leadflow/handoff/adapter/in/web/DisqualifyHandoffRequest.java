package io.leadflow.handoff.adapter.in.web;

/** Why the lead will never buy. */
public record DisqualifyHandoffRequest(String reason) {}
