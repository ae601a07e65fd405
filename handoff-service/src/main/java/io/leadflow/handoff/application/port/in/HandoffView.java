package io.leadflow.handoff.application.port.in;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A hand-off as sales and managers read it: who holds the lead and why it was qualified, what the rep decided,
 * and whether the notification reached the rep. {@code assignmentNote} says why a hand-off has no rep.
 * {@code slaDueAt} is the running deadline (accept while ASSIGNED, decide while ACCEPTED; null otherwise), in the
 * team's business time, and {@code slaBusinessSecondsLeft} the working time left until it (negative when missed);
 * {@code slaReminded} says a reminder point of it has passed and {@code slaBreached} that it has
 * passed itself. {@code contact} names the lead when a profile arrived.
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
        Notification notification,
        Details details,
        Instant slaDueAt,
        Long slaBusinessSecondsLeft,
        boolean slaReminded,
        boolean slaBreached,
        Contact contact) {

    public HandoffView(
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
        this(
                id,
                leadId,
                status,
                stage,
                rep,
                assignedBy,
                assignmentNote,
                createdAt,
                assignedAt,
                score,
                fastTrack,
                reasons,
                acceptedAt,
                rejection,
                notification,
                null,
                null,
                null,
                false,
                false,
                null);
    }

    /**
     * Routing, SLA and decision details: the team and tier, the priority, the running deadline ({@code accept} or
     * {@code decide}) with its due time and the seconds left (negative when overdue), BANT once qualified, the
     * disqualification reason, the lead's channel, segment, source and campaign, its earlier history, and the fit grade
     * the scoring model gave it, and its likelihoods of being won when it qualified (one per published predictive model,
     * with the reasons behind each; empty when none was published). {@code slaState} marks the running deadline {@code on_time}, {@code reminded} (a
     * reminder went out) or {@code breached} (its breach fired or it is overdue); null when no deadline runs.
     */
    public record Details(
            UUID teamId,
            int tier,
            String priority,
            String deadline,
            Instant dueAt,
            Long secondsLeft,
            Instant acceptDueAt,
            Instant decideDueAt,
            Bant bant,
            Instant qualifiedAt,
            String disqualifiedReason,
            String segment,
            String channel,
            String source,
            String campaign,
            List<String> history,
            String slaState,
            String grade,
            List<Likelihood> likelihoods) {}

    /** The lead's likelihood of being won under one predictive model version when it qualified, 0 to 100 %. */
    public record Likelihood(String model, int version, int percent, List<String> reasons) {}

    public record Bant(
            String budget, String authority, String need, String timeline, BigDecimal amount, String currency) {}

    /**
     * Who the lead is, as the latest profile said (each part may be null): the person's name, e-mail and company, so
     * the rep knows whom to call.
     */
    public record Contact(String name, String email, String company) {}

    /** The rep holding the lead. */
    public record Rep(UUID id, String name, String email) {}

    /** The rep's rejection. */
    public record Rejection(String reason, String note, UUID rejectedBy, Instant rejectedAt) {}

    /** The rep's notification: {@code status} is pending, delivered or failed. */
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
