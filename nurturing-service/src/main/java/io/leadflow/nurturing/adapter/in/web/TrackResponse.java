package io.leadflow.nurturing.adapter.in.web;

import java.util.List;

/**
 * A nurture track with its version; reasons are the lower-case codes the API accepts, durations ISO-8601; {@code
 * active} false: the track takes no new leads.
 */
public record TrackResponse(
        String key,
        String name,
        String cadence,
        int version,
        List<TrackRequest.Reason> reasons,
        TrackRequest.BelowThreshold belowThreshold,
        List<StepResponse> steps,
        TrackRequest.Exit exit,
        boolean active) {

    /** A step with its position in the track (from 1). */
    public record StepResponse(int position, String name, String content, String delay) {}
}
