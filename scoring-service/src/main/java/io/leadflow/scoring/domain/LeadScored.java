package io.leadflow.scoring.domain;

import io.leadflow.kernel.LeadId;

/** A lead's score changed; nurturing watches scores to recycle leads that re-engage. */
public record LeadScored(LeadId leadId, int score, FitGrade fitGrade, int engagementGrade) implements LeadScoreEvent {
}
