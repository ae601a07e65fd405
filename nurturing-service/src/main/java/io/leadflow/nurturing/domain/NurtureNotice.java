package io.leadflow.nurturing.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * What marketing's automation hears at once, besides the timed steps: a lead was enrolled, an enrolment ended, a
 * nurtured lead went back to sales. The id is derived from the kind and the enrolment, so the notice of one change
 * always has the same id (the webhook-id on every attempt) and is stored at most once. An enrolment notice carries
 * the track's version it copied and the lead as nurturing knows it; a recycle notice the number of times the lead has
 * been recycled.
 */
public record NurtureNotice(
        UUID id, Kind kind, Enrollment enrollment, Integer trackVersion, LeadState profile, Integer recycleCount) {

    /** The kinds, with the {@code type} marketing's automation reads. */
    public enum Kind {
        ENROLLED("nurture.enrolled"),
        EXITED("nurture.exited"),
        RECYCLED("lead.recycled");

        private final String type;

        Kind(String type) {
            this.type = type;
        }

        public String type() {
            return type;
        }
    }

    public NurtureNotice {
        if (id == null || kind == null || enrollment == null) {
            throw new IllegalArgumentException("a notice needs an id, a kind and an enrolment");
        }
        if (kind == Kind.ENROLLED && (trackVersion == null || profile == null || !enrollment.isActive())) {
            throw new IllegalArgumentException(
                    "an enrolment notice needs an active enrolment, its version and profile");
        }
        if (kind != Kind.ENROLLED && enrollment.isActive()) {
            throw new IllegalArgumentException("an exit or recycle notice needs an ended enrolment");
        }
        if (kind == Kind.RECYCLED && (recycleCount == null || enrollment.status() != EnrollmentStatus.RECYCLED)) {
            throw new IllegalArgumentException("a recycle notice needs a recycled enrolment and the recycle count");
        }
    }

    public static NurtureNotice enrolled(Enrollment enrollment, int trackVersion, LeadState profile) {
        return new NurtureNotice(
                idOf(Kind.ENROLLED, enrollment), Kind.ENROLLED, enrollment, trackVersion, profile, null);
    }

    public static NurtureNotice exited(Enrollment ended) {
        return new NurtureNotice(idOf(Kind.EXITED, ended), Kind.EXITED, ended, null, null, null);
    }

    public static NurtureNotice recycled(Enrollment recycled, int recycleCount) {
        return new NurtureNotice(idOf(Kind.RECYCLED, recycled), Kind.RECYCLED, recycled, null, null, recycleCount);
    }

    /** When the change happened: the enrolment's start for an enrolment, its end otherwise. */
    public Instant at() {
        return kind == Kind.ENROLLED ? enrollment.enrolledAt() : enrollment.endedAt();
    }

    /**
     * Why the enrolment ended, in marketing's words: {@code completed}, {@code unsubscribed}, {@code recycled},
     * {@code requalified}, {@code disqualified} or {@code expired}.
     */
    public String exitReason() {
        EnrollmentStatus status = enrollment.status();
        return status == EnrollmentStatus.STOPPED
                ? "disqualified"
                : status.name().toLowerCase(Locale.ROOT);
    }

    private static UUID idOf(Kind kind, Enrollment enrollment) {
        return UUID.nameUUIDFromBytes((kind.type() + "/" + enrollment.id()).getBytes(StandardCharsets.UTF_8));
    }
}
