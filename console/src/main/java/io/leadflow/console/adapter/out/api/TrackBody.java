package io.leadflow.console.adapter.out.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.leadflow.console.application.NurtureTrack;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Nurturing's {@code TrackResponse}: a track in force with its reasons and steps. */
@JsonIgnoreProperties(ignoreUnknown = true)
record TrackBody(
        String key,
        @Nullable String name,
        @Nullable String cadence,
        int version,
        @Nullable List<Reason> reasons,
        @Nullable Object belowThreshold,
        @Nullable List<Step> steps) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Reason(String reason, @Nullable Integer priority) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Step(
            int position,
            String name,
            @Nullable String content,
            @Nullable String delay) {}

    NurtureTrack toTrack() {
        return new NurtureTrack(
                key,
                name == null ? key : name,
                cadence,
                version,
                reasons == null
                        ? List.of()
                        : reasons.stream().map(Reason::reason).toList(),
                belowThreshold != null,
                steps == null
                        ? List.of()
                        : steps.stream()
                                .map(s -> new NurtureTrack.Step(s.position(), s.name(), s.content(), s.delay()))
                                .toList(),
                null);
    }
}
