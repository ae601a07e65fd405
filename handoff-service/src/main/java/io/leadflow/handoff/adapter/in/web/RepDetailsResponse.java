package io.leadflow.handoff.adapter.in.web;

import java.util.Set;
import java.util.UUID;

/** A rep's organisational data as the API shows it after a change. */
public record RepDetailsResponse(
        UUID id,
        String name,
        String email,
        UUID teamId,
        String chatHandle,
        Set<String> segments,
        Set<String> territories,
        int capacity,
        int weight,
        String timeZone,
        String workingHours,
        boolean available) {}
