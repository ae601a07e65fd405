package io.leadflow.handoff.adapter.in.web;

import io.leadflow.handoff.application.port.in.RepView;
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
        Instant registeredAt) {

    static RepResponse from(RepView view) {
        return new RepResponse(
                view.id(),
                view.name(),
                view.email(),
                view.webhookUrl(),
                view.available(),
                view.lastAssignedAt(),
                view.registeredAt());
    }
}
