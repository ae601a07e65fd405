package io.leadflow.handoff.application.port.in;

import java.time.Instant;
import java.util.UUID;

/**
 * A sales rep as managers see them; {@code lastAssignedAt} shows whose turn round-robin thinks it is. {@code teamId}
 * (null without a team), {@code capacity} and {@code weight} came later and are read by the console's team board.
 * {@code webhookSecret} is the endpoint's signing secret in the answer to the registration only, null everywhere else.
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
        int weight,
        String webhookSecret) {

    /** A rep as every read shows them: without a signing secret. */
    public RepView(
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
        this(id, name, email, webhookUrl, available, lastAssignedAt, registeredAt, teamId, capacity, weight, null);
    }

    /** The same rep with the signing secret their registration issued. */
    public RepView withWebhookSecret(String secret) {
        return new RepView(
                id, name, email, webhookUrl, available, lastAssignedAt, registeredAt, teamId, capacity, weight, secret);
    }

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
