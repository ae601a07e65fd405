package io.leadflow.console.application;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A nurture track in force: the rejection reasons it takes, whether it takes leads below the threshold, its steps
 * in order, and how its leads fared (null while no lead was enrolled in the period). {@code definition} is the track
 * as marketing wrote it (priorities, exits, active), what its edit form starts from.
 */
public record NurtureTrack(
        String key,
        String name,
        @Nullable String cadence,
        int version,
        List<String> reasons,
        boolean belowThreshold,
        List<Step> steps,
        @Nullable RecycleRate results,
        @Nullable TrackDefinition definition) {

    public NurtureTrack {
        reasons = List.copyOf(reasons);
        steps = List.copyOf(steps);
    }

    /** A track known only by what the list shows. */
    public NurtureTrack(
            String key,
            String name,
            @Nullable String cadence,
            int version,
            List<String> reasons,
            boolean belowThreshold,
            List<Step> steps,
            @Nullable RecycleRate results) {
        this(key, name, cadence, version, reasons, belowThreshold, steps, results, null);
    }

    /** Whether it takes new leads (a track known only by its list entry counts as active). */
    public boolean active() {
        return definition == null || definition.active();
    }

    /** One step: what is sent, after how long (ISO-8601, from the previous step). */
    public record Step(
            int position,
            String name,
            @Nullable String content,
            @Nullable String delay) {}
}
