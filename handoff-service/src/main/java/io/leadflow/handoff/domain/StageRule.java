package io.leadflow.handoff.domain;

import java.math.BigDecimal;

/** What one CRM stage means in LeadFlow: an opened, won or lost deal, and for a lost one the reason. */
public record StageRule(OutcomeKind kind, LostReason lostReason) {

    public StageRule {
        if (kind == null) {
            throw new IllegalArgumentException("a stage rule says opened, won or lost");
        }
        if ((kind == OutcomeKind.LOST) != (lostReason != null)) {
            throw new IllegalArgumentException("a stage mapped to lost names a reason, and only such a stage does");
        }
    }

    /** The outcome a deal in this stage, with this amount, tells. */
    public Outcome outcome(BigDecimal amount, String currency) {
        return kind == OutcomeKind.LOST
                ? Outcome.lost(lostReason, null)
                : new Outcome(kind, amount, currency, null, null);
    }
}
