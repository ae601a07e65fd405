package io.leadflow.nurturing.application.port.in;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.kernel.RejectionReason;
import io.leadflow.nurturing.domain.EnrollmentStatus;
import io.leadflow.nurturing.domain.TrackRef;
import java.time.Instant;

/** A lead's enrolment as marketing sees it: where it is, on which track, and why sales gave it back. */
public record EnrollmentView(
        LeadId leadId,
        EnrollmentStatus status,
        TrackRef track,
        RejectionReason reason,
        String note,
        String rejectedBy,
        Instant enrolledAt,
        LifecycleStage stage) {
}
