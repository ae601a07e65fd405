package io.leadflow.handoff.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A hand-off as sales and managers read it: who holds the lead and why it was qualified, what the rep decided,
 * and whether the notification reached the rep. {@code assignmentNote} says why a hand-off has no rep.
 */
public record HandoffView(
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
        Notification notification) {

    /** The rep holding the lead. */
    public record Rep(UUID id, String name, String email) {
    }

    /** The rep's rejection. */
    public record Rejection(String reason, String note, UUID rejectedBy, Instant rejectedAt) {
    }

    /** The rep's notification: {@code status} is pending, delivered or failed. */
    public record Notification(
            UUID id, String channel, String status, int attempts, Instant nextAttemptAt, Instant deliveredAt,
            Integer lastStatus, String lastError) {
    }
}
