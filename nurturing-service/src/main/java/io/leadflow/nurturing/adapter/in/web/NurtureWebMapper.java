package io.leadflow.nurturing.adapter.in.web;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.RejectionReason;
import io.leadflow.nurturing.application.port.in.EnrollmentView;
import io.leadflow.nurturing.application.port.in.RejectedLeadPage;
import io.leadflow.nurturing.application.port.in.RejectedLeadView;
import io.leadflow.nurturing.domain.EntryReason;
import io.leadflow.nurturing.domain.ExitConditions;
import io.leadflow.nurturing.domain.NurtureSettings;
import io.leadflow.nurturing.domain.NurtureTrack;
import io.leadflow.nurturing.domain.ScheduledStep;
import io.leadflow.nurturing.domain.TrackRef;
import io.leadflow.nurturing.domain.TrackStep;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * Nurturing's views to web bodies: reasons as the lower-case codes the API also accepts, times as ISO-8601
 * instants, durations as ISO-8601 durations, a track's steps numbered from 1.
 */
@Mapper
interface NurtureWebMapper {

    EnrollmentResponse toResponse(EnrollmentView view);

    EnrollmentResponse.StepResponse toResponse(ScheduledStep step);

    RejectedLeadPageResponse toResponse(RejectedLeadPage page);

    RejectedLeadResponse toResponse(RejectedLeadView view);

    TrackRefResponse toResponse(TrackRef track);

    @Mapping(target = "reasons", source = "entries")
    @Mapping(target = "belowThreshold", source = "belowThresholdPriority")
    @Mapping(target = "exit", source = "exits")
    TrackResponse toResponse(NurtureTrack track);

    TrackRequest.Reason toResponse(EntryReason entry);

    TrackRequest.Exit toResponse(ExitConditions exits);

    @Mapping(target = "updatedBy", ignore = true)
    @Mapping(target = "updatedAt", ignore = true)
    SettingsBody toBody(NurtureSettings settings);

    /** A track's steps with their position in the track, from 1. */
    default List<TrackResponse.StepResponse> steps(List<TrackStep> steps) {
        List<TrackResponse.StepResponse> numbered = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            TrackStep s = steps.get(i);
            numbered.add(new TrackResponse.StepResponse(i + 1, s.name(), s.content(), duration(s.delay())));
        }
        return numbered;
    }

    default TrackRequest.BelowThreshold belowThreshold(OptionalInt priority) {
        return priority.isPresent() ? new TrackRequest.BelowThreshold(priority.getAsInt()) : null;
    }

    default TrackRefResponse track(Optional<TrackRef> track) {
        return track.map(this::toResponse).orElse(null);
    }

    default String maxDuration(Optional<Duration> duration) {
        return duration.map(this::duration).orElse(null);
    }

    default String duration(Duration duration) {
        return duration == null ? null : duration.toString();
    }

    default String code(RejectionReason reason) {
        return reason == null ? null : reason.name().toLowerCase(Locale.ROOT);
    }

    default String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    default String text(LeadId id) {
        return id.toString();
    }
}
