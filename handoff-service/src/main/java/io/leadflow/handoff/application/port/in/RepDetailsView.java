package io.leadflow.handoff.application.port.in;

import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

/** A rep's organisational data as managers set it: working hours as {@code 09:00-17:00} in the rep's zone. */
public record RepDetailsView(
        UUID id,
        String name,
        String email,
        UUID teamId,
        String chatHandle,
        Set<String> segments,
        Set<String> territories,
        int capacity,
        int weight,
        ZoneId timeZone,
        String workingHours,
        boolean available) {}
