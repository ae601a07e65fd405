package io.leadflow.handoff.adapter.in.web;

/** Whether the rep takes new hand-offs ({@code true}) or is away ({@code false}). */
public record RepAvailabilityRequest(Boolean available) {}
