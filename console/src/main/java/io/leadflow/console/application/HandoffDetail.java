package io.leadflow.console.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One hand-off as its page shows it: the frozen explanation why the lead came to sales (score, reasons, fast track),
 * whom to call, where it stands (status, lifecycle stage, SLA) and what was decided. Which actions the page offers
 * follows the hand-off service's rules for the status; the service still decides.
 */
public record HandoffDetail(
        UUID id,
        UUID leadId,
        String status,
        String stage,
        int score,
        boolean fastTrack,
        List<String> reasons,
        @Nullable String grade,
        @Nullable String priority,
        HandoffContact contact,
        HandoffSla sla,
        @Nullable String repName,
        int tier,
        @Nullable Instant assignedAt,
        @Nullable Instant acceptedAt,
        @Nullable String rejectionReason,
        @Nullable String rejectionNote,
        @Nullable String disqualifiedReason,
        @Nullable Bant bant) {

    public HandoffDetail {
        reasons = List.copyOf(reasons);
    }

    /** BANT as the rep confirmed it when qualifying, with the opportunity amount. */
    public record Bant(
            @Nullable String budget,
            @Nullable String authority,
            @Nullable String need,
            @Nullable String timeline,
            @Nullable BigDecimal amount,
            @Nullable String currency) {}

    /** Waiting for the rep to take it (MQL). */
    public boolean canAccept() {
        return "ASSIGNED".equals(status);
    }

    /** Accepted (SAL): the rep qualifies it to SQL with BANT. */
    public boolean canQualify() {
        return "ACCEPTED".equals(status);
    }

    /** Any hand-off the rep holds and nobody closed. */
    public boolean canReject() {
        return "ASSIGNED".equals(status) || "ACCEPTED".equals(status) || "QUALIFIED".equals(status);
    }

    /** An accepted first-tier hand-off goes on to an account executive (when its team has a second tier). */
    public boolean canPass() {
        return "ACCEPTED".equals(status) && tier <= 1;
    }

    public boolean canDisqualify() {
        return !"REJECTED".equals(status) && !"DISQUALIFIED".equals(status);
    }

    public boolean closed() {
        return !canDisqualify();
    }
}
