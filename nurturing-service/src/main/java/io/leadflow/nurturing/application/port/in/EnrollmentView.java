package io.leadflow.nurturing.application.port.in;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.kernel.RejectionReason;
import io.leadflow.nurturing.domain.EnrollmentSource;
import io.leadflow.nurturing.domain.EnrollmentStatus;
import io.leadflow.nurturing.domain.ScheduledStep;
import io.leadflow.nurturing.domain.TrackRef;
import java.time.Instant;
import java.util.List;

/**
 * A lead's enrolment as marketing sees it: where it is, on which track, why sales gave it back, its steps (sent and
 * to come), how often it has been recycled, and its whole history across cycles. Reason and rep are null for a lead
 * enrolled because it stayed below the threshold; {@code endedAt} and {@code exitTrigger} are null while active.
 */
public record EnrollmentView(
        LeadId leadId,
        EnrollmentStatus status,
        TrackRef track,
        EnrollmentSource source,
        RejectionReason reason,
        String note,
        String rejectedBy,
        Instant enrolledAt,
        LifecycleStage stage,
        Instant endedAt,
        String exitTrigger,
        List<ScheduledStep> steps,
        int recycleCount,
        List<String> history) {

    public EnrollmentView {
        steps = List.copyOf(steps);
        history = List.copyOf(history);
    }
}
