package io.leadflow.handoff.application.port.in;

import java.time.Instant;
import java.util.UUID;

/**
 * A sales rep as managers see them; {@code lastAssignedAt} shows whose turn round-robin thinks it is. {@code teamId}
 * (null without a team), {@code capacity} and {@code weight} came later and are read by the console's team board.
 */
public record RepView(
        UUID id,
        String name,
        String email,
        String webhookUrl,
        boolean available,
        Instant lastAssignedAt,
        Instant registeredAt,
        UUID teamId,
        int capacity,
        int weight) {

    /** A rep without the organisational fields (no team, the default capacity and weight). */
    public RepView(
            UUID id,
            String name,
            String email,
            String webhookUrl,
            boolean available,
            Instant lastAssignedAt,
            Instant registeredAt) {
        this(id, name, email, webhookUrl, available, lastAssignedAt, registeredAt, null, 50, 1);
    }
}
