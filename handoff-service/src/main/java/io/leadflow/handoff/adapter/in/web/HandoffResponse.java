package io.leadflow.handoff.adapter.in.web;

import io.leadflow.handoff.application.port.in.HandoffView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A hand-off as the API shows it. {@code assignmentNote} explains an UNASSIGNED hand-off; {@code notification} says
 * whether the rep's notification is pending, delivered or failed, after how many attempts.
 */
public record HandoffResponse(
        UUID id,
        UUID leadId,
        String status,
        String stage,
        Rep rep,
        String assignedBy,
        String assignmentNote,
        Instant createdAt,
        Instant assignedAt,
        int score,
        boolean fastTrack,
        List<String> reasons,
        Instant acceptedAt,
        Rejection rejection,
        Notification notification,
        HandoffView.Details details) {

    public record Rep(UUID id, String name, String email) {}

    public record Rejection(String reason, String note, UUID rejectedBy, Instant rejectedAt) {}

    public record Notification(
            UUID id,
            String channel,
            String status,
            int attempts,
            Instant nextAttemptAt,
            Instant deliveredAt,
            Integer lastStatus,
            String lastError) {}
}
