package io.leadflow.handoff.adapter.in.web;

import java.time.Instant;
import java.util.UUID;

/** A sales rep as the API shows them; {@code teamId}, {@code capacity} and {@code weight} were added later. */
public record RepResponse(
        UUID id,
        String name,
        String email,
        String webhookUrl,
        boolean available,
        Instant lastAssignedAt,
        Instant registeredAt,
        UUID teamId,
        int capacity,
        int weight) {}
