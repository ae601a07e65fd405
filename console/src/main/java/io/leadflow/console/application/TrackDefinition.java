package io.leadflow.console.application;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A nurture track as marketing writes it: the rejection reasons it takes with their priorities (the higher wins when
 * two tracks take one reason), whether it also takes leads below the threshold (and at which priority), its steps in
 * order (delays are ISO-8601 durations from the previous step, e.g. {@code P14D}), when a lead leaves it, and whether
 * it is active (an inactive track takes no new leads). Nurturing checks every rule and names the field it refuses.
 */
public record TrackDefinition(
        String key,
        String name,
        String cadence,
        List<Reason> reasons,
        @Nullable Integer belowThresholdPriority,
        List<Step> steps,
        Exit exit,
        boolean active) {

    public TrackDefinition {
        reasons = List.copyOf(reasons);
        steps = List.copyOf(steps);
    }

    /** A rejection reason (lower-case code) and the priority the track takes it at. */
    public record Reason(String reason, @Nullable Integer priority) {}

    /** One step: what is sent, after how long. */
    public record Step(String name, String content, String delay) {}

    /** When a lead leaves the track besides being recycled; {@code maxDuration} null: no maximum. */
    public record Exit(
            boolean onRequalified,
            boolean onUnsubscribed,
            boolean onCompleted,
            @Nullable String maxDuration) {

        public static final Exit DEFAULT = new Exit(true, true, true, null);
    }

    /** The priority the track takes this reason at, null when it does not take it. */
    public @Nullable Integer priorityOf(String reason) {
        return reasons.stream()
                .filter(r -> r.reason().equals(reason))
                .map(r -> r.priority() == null ? 0 : r.priority())
                .findFirst()
                .orElse(null);
    }

    /** The same track, active or paused. */
    public TrackDefinition withActive(boolean on) {
        return new TrackDefinition(key, name, cadence, reasons, belowThresholdPriority, steps, exit, on);
    }
}
