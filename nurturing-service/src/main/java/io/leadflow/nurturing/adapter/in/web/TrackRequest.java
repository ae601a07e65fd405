package io.leadflow.nurturing.adapter.in.web;

import java.util.List;

/**
 * A track as marketing writes it. Reasons are the lower-case codes ({@code no_budget}) with a priority (the higher
 * wins when two tracks take one reason); delays and the maximum duration are ISO-8601 durations ({@code P14D},
 * {@code PT12H}); a step's delay counts from the previous step (the first: from the enrolment). {@code active}
 * (default true) false pauses the track: it takes no new leads.
 */
public record TrackRequest(
        String key,
        String name,
        String cadence,
        List<Reason> reasons,
        BelowThreshold belowThreshold,
        List<Step> steps,
        Exit exit,
        Boolean active) {

    /** A rejection reason the track takes. */
    public record Reason(String reason, Integer priority) {}

    /** Present when the track also takes leads that stayed below the qualification threshold. */
    public record BelowThreshold(Integer priority) {}

    /** One step: what to send, after how long. */
    public record Step(String name, String content, String delay) {}

    /** When a lead leaves the track (besides being recycled); all true and no maximum when left out. */
    public record Exit(Boolean onRequalified, Boolean onUnsubscribed, Boolean onCompleted, String maxDuration) {}
}
