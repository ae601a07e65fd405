package io.leadflow.scoring.domain;

import io.leadflow.kernel.LeadId;

/** The score of a lead's segment model changed; nurturing watches scores to recycle leads that re-engage. */
public record LeadScored(
        LeadId leadId, String modelId, int modelVersion, int score, FitGrade fitGrade, int engagementGrade)
        implements LeadScoreEvent {}
