package io.leadflow.handoff.adapter.in.web;

import java.time.Instant;
import java.util.UUID;

/** A sales rep as the API shows them. */
public record RepResponse(
        UUID id,
        String name,
        String email,
        String webhookUrl,
        boolean available,
        Instant lastAssignedAt,
        Instant registeredAt) {}
