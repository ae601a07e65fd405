package io.leadflow.console.adapter.out.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.leadflow.console.application.NurtureTrack;
import io.leadflow.console.application.TrackDefinition;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Nurturing's {@code TrackResponse}: a track in force with its reasons, steps, exits and whether it is active. */
@JsonIgnoreProperties(ignoreUnknown = true)
record TrackBody(
        String key,
        @Nullable String name,
        @Nullable String cadence,
        int version,
        @Nullable List<Reason> reasons,
        @Nullable BelowThreshold belowThreshold,
        @Nullable List<Step> steps,
        @Nullable Exit exit,
        @Nullable Boolean active) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Reason(String reason, @Nullable Integer priority) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record BelowThreshold(@Nullable Integer priority) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Step(
            int position,
            String name,
            @Nullable String content,
            @Nullable String delay) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Exit(
            @Nullable Boolean onRequalified,
            @Nullable Boolean onUnsubscribed,
            @Nullable Boolean onCompleted,
            @Nullable String maxDuration) {}

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
                                .map(s -> new NurtureTrack.Step(s.position(), s.name(), s.content(), days(s.delay())))
                                .toList(),
                null,
                toDefinition());
    }

    TrackDefinition toDefinition() {
        return new TrackDefinition(
                key,
                name == null ? key : name,
                cadence == null ? "" : cadence,
                reasons == null
                        ? List.of()
                        : reasons.stream()
                                .map(r -> new TrackDefinition.Reason(r.reason(), r.priority()))
                                .toList(),
                belowThreshold == null
                        ? null
                        : belowThreshold.priority() == null ? Integer.valueOf(0) : belowThreshold.priority(),
                steps == null
                        ? List.of()
                        : steps.stream()
                                .map(s -> new TrackDefinition.Step(
                                        s.name(), s.content() == null ? "" : s.content(), days(s.delay())))
                                .toList(),
                exit == null
                        ? TrackDefinition.Exit.DEFAULT
                        : new TrackDefinition.Exit(
                                !Boolean.FALSE.equals(exit.onRequalified()),
                                !Boolean.FALSE.equals(exit.onUnsubscribed()),
                                !Boolean.FALSE.equals(exit.onCompleted()),
                                days(exit.maxDuration())),
                active == null || active);
    }

    /** Nurturing answers durations in hours ({@code PT336H}); a whole number of days reads better as {@code P14D}. */
    static @Nullable String days(@Nullable String duration) {
        if (duration == null || duration.isBlank()) {
            return null;
        }
        try {
            Duration parsed = Duration.parse(duration);
            return !parsed.isZero() && parsed.toSeconds() % 86_400 == 0 ? "P" + parsed.toDays() + "D" : duration;
        } catch (DateTimeParseException unreadable) {
            return duration;
        }
    }
}
