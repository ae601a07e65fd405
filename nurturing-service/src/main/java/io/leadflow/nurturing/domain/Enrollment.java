package io.leadflow.nurturing.domain;

import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.kernel.RejectionReason;
import java.time.Instant;
import java.util.UUID;

/**
 * A lead on a nurture track. It keeps the rejection that put it there (reason, the rep's note, who rejected) so
 * that marketing sees why, and the stage the enrolment moved the lead to. It refers to the track by key and name;
 * its steps were copied from the track when it started ({@link NurtureTrack#schedule}). A lead enrolled because it
 * stayed below the threshold has no reason and no rep. An ended enrolment says when and by which trigger.
 */
public record Enrollment(
        UUID id,
        LeadId leadId,
        TrackRef track,
        EnrollmentSource source,
        RejectionReason reason,
        String note,
        String rejectedBy,
        EnrollmentStatus status,
        Instant enrolledAt,
        LifecycleStage stage,
        Instant expiresAt,
        Instant endedAt,
        String exitTrigger) {

    public Enrollment {
        if (id == null
                || leadId == null
                || track == null
                || source == null
                || status == null
                || enrolledAt == null
                || stage == null) {
            throw new InvalidValueException(
                    "enrollment",
                    "enrollment.incomplete",
                    "an enrolment needs an id, a lead, a track, a source, a status, a time and a stage");
        }
        if (source == EnrollmentSource.REJECTION && (reason == null || rejectedBy == null)) {
            throw new InvalidValueException(
                    "enrollment",
                    "enrollment.rejection",
                    "an enrolment after a rejection keeps its reason and who rejected");
        }
        if (status.isEnd() != (endedAt != null)) {
            throw new InvalidValueException(
                    "enrollment", "enrollment.endedAt", "an enrolment has an end time exactly when it has ended");
        }
    }

    /** Puts a freshly rejected lead on the track for its reason; the lead is then in NURTURING. */
    public static Enrollment enrol(Rejection rejection, NurtureTrack track, Instant now) {
        if (!track.takes(rejection.reason())) {
            throw new InvalidValueException(
                    "track",
                    "enrollment.track.reason",
                    "track " + track.key() + " does not take leads rejected for " + rejection.reason());
        }
        return new Enrollment(
                UUID.randomUUID(),
                rejection.leadId(),
                track.ref(),
                EnrollmentSource.REJECTION,
                rejection.reason(),
                rejection.note(),
                rejection.rejectedBy(),
                EnrollmentStatus.ACTIVE,
                now,
                LifecycleStage.NURTURING,
                track.expiryFor(now).orElse(null),
                null,
                null);
    }

    /** Puts a lead that never reached the threshold on marketing's track for such leads. */
    public static Enrollment enrolBelowThreshold(LeadId leadId, NurtureTrack track, Instant now) {
        if (track.belowThresholdPriority().isEmpty()) {
            throw new InvalidValueException(
                    "track",
                    "enrollment.track.belowThreshold",
                    "track " + track.key() + " does not take leads below the threshold");
        }
        return new Enrollment(
                UUID.randomUUID(),
                leadId,
                track.ref(),
                EnrollmentSource.BELOW_THRESHOLD,
                null,
                null,
                null,
                EnrollmentStatus.ACTIVE,
                now,
                LifecycleStage.NURTURING,
                track.expiryFor(now).orElse(null),
                null,
                null);
    }

    public boolean isActive() {
        return status == EnrollmentStatus.ACTIVE;
    }

    /** Ends nurturing because the lead turned out never to be a buyer. */
    public Enrollment stopAsDisqualified(Instant now) {
        return end(EnrollmentStatus.STOPPED, LifecycleStage.DISQUALIFIED, "disqualified", now);
    }

    /** The lead re-engaged; it leaves the track and goes back to sales. */
    public Enrollment recycle(String trigger, Instant now) {
        return end(EnrollmentStatus.RECYCLED, LifecycleStage.RECYCLED, trigger, now);
    }

    /** Ends the enrolment by one of the track's exit conditions; the stage is what the lead is now. */
    public Enrollment exit(EnrollmentStatus exit, LifecycleStage nowAt, String trigger, Instant now) {
        if (exit == EnrollmentStatus.ACTIVE || exit == EnrollmentStatus.RECYCLED || exit == EnrollmentStatus.STOPPED) {
            throw new IllegalArgumentException(exit + " is not an exit condition");
        }
        return end(exit, nowAt, trigger, now);
    }

    private Enrollment end(EnrollmentStatus to, LifecycleStage stageNow, String trigger, Instant now) {
        if (!isActive()) {
            throw new IllegalStateException("enrolment " + id + " is " + status + ", not active");
        }
        return new Enrollment(
                id, leadId, track, source, reason, note, rejectedBy, to, enrolledAt, stageNow, expiresAt, now, trigger);
    }
}
