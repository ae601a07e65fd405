package io.leadflow.handoff.domain;

import java.time.Instant;

/**
 * An outcome as it was recorded on a hand-off: by whom (a person's e-mail, or the CRM), from which source ({@code api},
 * {@code hubspot}, {@code salesforce}) and, from a CRM, for which of its deals.
 */
public record RecordedOutcome(
        HandoffId handoffId, Outcome outcome, String source, String dealId, String recordedBy, Instant recordedAt) {

    public RecordedOutcome {
        if (handoffId == null || outcome == null || source == null || recordedBy == null || recordedAt == null) {
            throw new IllegalArgumentException("a recorded outcome names its hand-off, source, author and time");
        }
    }
}
