package io.leadflow.nurturing.domain;

import io.leadflow.kernel.LifecycleStage;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides what a rejection means for nurturing. A nurturable reason puts the lead on the track for that reason; a
 * reason that means "never a buyer" disqualifies it. A lead has at most one active enrolment: a later rejection
 * joins the active enrolment's history (and a later "never a buyer" stops it).
 */
public final class RejectionTriage {

    private final NurtureTracks tracks;

    public RejectionTriage(NurtureTracks tracks) {
        if (tracks == null) {
            throw new IllegalArgumentException("the tracks in force are required");
        }
        this.tracks = tracks;
    }

    /**
     * @param active the lead's active enrolment, if it has one
     * @param now    the enrolment time for a new enrolment
     */
    public Triage triage(Rejection rejection, Optional<Enrollment> active, Instant now) {
        if (active.isPresent()) {
            return onActiveEnrollment(rejection, active.get(), now);
        }
        String code = code(rejection);
        if (!rejection.reason().isNurturable()) {
            return new Triage(
                    rejection,
                    RejectionOutcome.DISQUALIFIED,
                    Optional.empty(),
                    Optional.of(new StageMove(
                            LifecycleStage.REJECTED,
                            LifecycleStage.DISQUALIFIED,
                            "disqualified: not a lead to nurture (reason: " + code + ")")),
                    List.of());
        }
        Optional<NurtureTrack> track = tracks.trackFor(rejection.reason());
        if (track.isEmpty()) {
            return new Triage(rejection, RejectionOutcome.NO_TRACK, Optional.empty(), Optional.empty(), List.of());
        }
        Enrollment enrollment = Enrollment.enrol(rejection, track.get(), now);
        return new Triage(
                rejection,
                RejectionOutcome.ENROLLED,
                Optional.of(enrollment),
                Optional.of(new StageMove(
                        LifecycleStage.REJECTED,
                        LifecycleStage.NURTURING,
                        "enrolled in track " + track.get().name() + " (reason: " + code + ")")),
                track.get().schedule(enrollment.id(), enrollment.leadId(), now));
    }

    private static Triage onActiveEnrollment(Rejection rejection, Enrollment active, Instant now) {
        if (!active.isActive() || !active.leadId().equals(rejection.leadId())) {
            throw new IllegalArgumentException(
                    "enrolment " + active.id() + " is not an active enrolment of lead " + rejection.leadId());
        }
        if (rejection.reason().isNurturable()) {
            return new Triage(
                    rejection, RejectionOutcome.KEPT_ON_ENROLLMENT, Optional.of(active), Optional.empty(), List.of());
        }
        return new Triage(
                rejection,
                RejectionOutcome.DISQUALIFIED,
                Optional.of(active.stopAsDisqualified(now)),
                Optional.of(new StageMove(
                        LifecycleStage.NURTURING,
                        LifecycleStage.DISQUALIFIED,
                        "disqualified while nurtured in track " + active.track().name() + " (reason: " + code(rejection)
                                + ")")),
                List.of());
    }

    private static String code(Rejection rejection) {
        return rejection.reason().name().toLowerCase(Locale.ROOT);
    }
}
