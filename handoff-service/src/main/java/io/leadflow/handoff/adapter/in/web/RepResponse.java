package io.leadflow.handoff.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/**
 * A sales rep as the API shows them; {@code teamId}, {@code capacity} and {@code weight} were added later. The webhook
 * URL is shown to admins only (a receiver's URL often carries its own token); {@code webhookSecret}, the endpoint's
 * signing secret, is in the registration's answer only and absent from every read.
 */
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
        int weight,
        @JsonInclude(JsonInclude.Include.NON_NULL) String webhookSecret) {

    /** The rep as a caller who is not an admin sees them: without the webhook URL. */
    RepResponse redacted() {
        return new RepResponse(
                id, name, email, null, available, lastAssignedAt, registeredAt, teamId, capacity, weight, null);
    }
}
