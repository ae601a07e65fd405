package io.leadflow.handoff.application.port.in;

import java.time.Instant;
import java.util.UUID;

/** A sales rep as managers see them; {@code lastAssignedAt} shows whose turn round-robin thinks it is. */
public record RepView(
        UUID id,
        String name,
        String email,
        String webhookUrl,
        boolean available,
        Instant lastAssignedAt,
        Instant registeredAt) {}
