package io.leadflow.nurturing.application.port.in;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.RejectionReason;
import io.leadflow.nurturing.domain.TrackRef;
import java.time.Instant;
import java.util.Optional;

/**
 * One rejection as marketing reviews it. The status is the enrolment's status when the rejection belongs to one
 * (ACTIVE, STOPPED), otherwise what was done with it (DISQUALIFIED, NO_TRACK).
 */
public record RejectedLeadView(
        LeadId leadId,
        RejectionReason reason,
        String note,
        String rejectedBy,
        Optional<TrackRef> track,
        String status,
        Instant rejectedAt) {}
