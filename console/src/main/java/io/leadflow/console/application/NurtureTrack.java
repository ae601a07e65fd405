package io.leadflow.console.application;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A nurture track in force: the rejection reasons it takes, whether it takes leads below the threshold, its steps
 * in order, and how its leads fared (null while no lead was enrolled in the period).
 */
public record NurtureTrack(
        String key,
        String name,
        @Nullable String cadence,
        int version,
        List<String> reasons,
        boolean belowThreshold,
        List<Step> steps,
        @Nullable RecycleRate results) {

    public NurtureTrack {
        reasons = List.copyOf(reasons);
        steps = List.copyOf(steps);
    }

    /** One step: what is sent, after how long (ISO-8601, from the previous step). */
    public record Step(
            int position,
            String name,
            @Nullable String content,
            @Nullable String delay) {}
}
