package io.leadflow.scoring.adapter.in.web;

import java.util.List;

/**
 * A lead as the API shows it: stage, score with reasons and the model behind it, when it last qualified, and every
 * stage move. Times are ISO-8601 instants; {@code qualifiedAt} and {@code email} are null while unknown.
 */
public record LeadResponse(
        String leadId,
        String stage,
        int score,
        String model,
        int modelVersion,
        List<String> reasons,
        String email,
        String qualifiedAt,
        List<TimelineEntryResponse> timeline) {

    /** One stage move: from, to, why, who, when. */
    public record TimelineEntryResponse(String from, String to, String reason, String actor, String occurredAt) {
    }
}
