package io.leadflow.nurturing.domain;

import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.kernel.RejectionReason;
import java.time.Instant;
import java.util.UUID;

/**
 * A rejected lead on a nurture track. It keeps the rejection that put it there (reason, the rep's note, who
 * rejected) so that marketing sees why, and the stage the enrolment moved the lead to. It refers to the track by
 * key and name, so that marketing can change a track's reasons later without invalidating existing enrolments.
 * Later rejections of the same lead join its history instead of opening a second enrolment ({@link
 * RejectionTriage}).
 */
public record Enrollment(
        UUID id,
        LeadId leadId,
        TrackRef track,
        RejectionReason reason,
        String note,
        String rejectedBy,
        EnrollmentStatus status,
        Instant enrolledAt,
        LifecycleStage stage) {

    public Enrollment {
        if (id == null || leadId == null || track == null || reason == null || rejectedBy == null
                || status == null || enrolledAt == null || stage == null) {
            throw new InvalidValueException("enrollment", "enrollment.incomplete",
                    "an enrolment needs an id, a lead, a track, a reason, who rejected, a status, a time and a stage");
        }
    }

    /** Puts a freshly rejected lead on the track for its reason; the lead is then in NURTURING. */
    public static Enrollment enrol(Rejection rejection, NurtureTrack track, Instant now) {
        if (!track.takes(rejection.reason())) {
            throw new InvalidValueException("track", "enrollment.track.reason",
                    "track " + track.key() + " does not take leads rejected for " + rejection.reason());
        }
        return new Enrollment(UUID.randomUUID(), rejection.leadId(), track.ref(), rejection.reason(),
                rejection.note(),
                rejection.rejectedBy(), EnrollmentStatus.ACTIVE, now, LifecycleStage.NURTURING);
    }

    public boolean isActive() {
        return status == EnrollmentStatus.ACTIVE;
    }

    /** Ends nurturing because the lead turned out never to be a buyer. */
    public Enrollment stopAsDisqualified() {
        if (!isActive()) {
            throw new IllegalStateException("enrolment " + id + " is " + status + ", not active");
        }
        return new Enrollment(id, leadId, track, reason, note, rejectedBy, EnrollmentStatus.STOPPED, enrolledAt,
                LifecycleStage.DISQUALIFIED);
    }
}
