package io.leadflow.console.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One open hand-off in a rep's inbox: what the rep needs to decide which lead to call first. Name, e-mail and company
 * are there when the lead's profile reached the hand-off service; the SLA is the running deadline (accept or decide),
 * with the business time left as the hand-off service counted it when the inbox was read. {@code repName} is who holds
 * it (a manager's inbox holds the team's hand-offs).
 */
public record InboxEntry(
        UUID id,
        UUID leadId,
        String status,
        int score,
        boolean fastTrack,
        @Nullable Instant assignedAt,
        List<String> reasons,
        HandoffContact contact,
        @Nullable String grade,
        HandoffSla sla,
        @Nullable String repName) {

    public InboxEntry {
        reasons = List.copyOf(reasons);
    }

    /** An entry with no contact, grade or deadline known. */
    public InboxEntry(
            UUID id,
            UUID leadId,
            String status,
            int score,
            boolean fastTrack,
            @Nullable Instant assignedAt,
            List<String> reasons) {
        this(
                id,
                leadId,
                status,
                score,
                fastTrack,
                assignedAt,
                reasons,
                HandoffContact.UNKNOWN,
                null,
                HandoffSla.NONE,
                null);
    }
}
