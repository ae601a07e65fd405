package io.leadflow.nurturing.application.port.out;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.kernel.RejectionReason;
import io.leadflow.nurturing.domain.DefaultTracks;
import io.leadflow.nurturing.domain.Enrollment;
import io.leadflow.nurturing.domain.EnrollmentSource;
import io.leadflow.nurturing.domain.EnrollmentStatus;
import io.leadflow.nurturing.domain.Rejection;
import java.time.Instant;
import java.util.UUID;

/** Builders of what the nurturing port contracts store; times are whole seconds, as every store keeps them. */
public final class NurturingTestData {

    public static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

    private NurturingTestData() {}

    public static Rejection aRejection(LeadId lead, RejectionReason reason, String rep, Instant at) {
        return new Rejection(UUID.randomUUID(), lead, reason, "call back in spring", rep, at);
    }

    /** A lead rejected for bad timing, enrolled on the default track for it at {@code at}. */
    public static Enrollment anEnrollment(LeadId lead, Instant at) {
        return Enrollment.enrol(
                aRejection(lead, RejectionReason.TIMING, "ada@seller.example", at),
                DefaultTracks.QUARTERLY_CHECK_IN,
                at);
    }

    /** An active enrolment of a lead that stayed below the threshold, expiring at {@code expiresAt}. */
    public static Enrollment expiringAt(LeadId lead, Instant enrolledAt, Instant expiresAt) {
        return new Enrollment(
                UUID.randomUUID(),
                lead,
                DefaultTracks.MONTHLY_NEWSLETTER.ref(),
                EnrollmentSource.BELOW_THRESHOLD,
                null,
                null,
                null,
                EnrollmentStatus.ACTIVE,
                enrolledAt,
                LifecycleStage.NURTURING,
                expiresAt,
                null,
                null);
    }
}
