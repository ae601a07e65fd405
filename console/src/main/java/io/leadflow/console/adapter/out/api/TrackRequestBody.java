package io.leadflow.console.adapter.out.api;

import io.leadflow.console.application.TrackDefinition;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Nurturing's {@code TrackRequest}: what {@code POST} and {@code PUT /api/v1/nurture/tracks} take. */
record TrackRequestBody(
        String key,
        String name,
        String cadence,
        List<TrackBody.Reason> reasons,
        TrackBody.@Nullable BelowThreshold belowThreshold,
        List<Step> steps,
        TrackBody.Exit exit,
        boolean active) {

    /** A step as sent: no position, the order is the list's. */
    record Step(String name, String content, String delay) {}

    static TrackRequestBody of(TrackDefinition track) {
        return new TrackRequestBody(
                track.key(),
                track.name(),
                track.cadence(),
                track.reasons().stream()
                        .map(r -> new TrackBody.Reason(r.reason(), r.priority()))
                        .toList(),
                track.belowThresholdPriority() == null
                        ? null
                        : new TrackBody.BelowThreshold(track.belowThresholdPriority()),
                track.steps().stream()
                        .map(s -> new Step(s.name(), s.content(), s.delay()))
                        .toList(),
                new TrackBody.Exit(
                        track.exit().onRequalified(),
                        track.exit().onUnsubscribed(),
                        track.exit().onCompleted(),
                        track.exit().maxDuration()),
                track.active());
    }
}
