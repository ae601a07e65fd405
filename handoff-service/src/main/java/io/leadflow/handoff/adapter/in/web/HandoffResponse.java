package io.leadflow.handoff.adapter.in.web;

import io.leadflow.handoff.application.port.in.HandoffView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A hand-off as the API shows it. {@code assignmentNote} explains an UNASSIGNED hand-off; {@code notification} says
 * whether the rep's notification is pending, delivered or failed, after how many attempts. {@code slaDueAt} is the
 * running deadline (accept or decide, business time), {@code slaBusinessSecondsLeft} the working time left until it
 * (negative when missed), {@code slaReminded} whether a reminder point of it passed,
 * {@code slaBreached} whether it passed; {@code contact} is the lead's name, e-mail and company when known.
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
        HandoffView.Details details,
        Instant slaDueAt,
        Long slaBusinessSecondsLeft,
        boolean slaReminded,
        boolean slaBreached,
        HandoffView.Contact contact) {

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
