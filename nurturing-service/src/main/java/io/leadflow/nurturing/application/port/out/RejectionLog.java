package io.leadflow.nurturing.application.port.out;

import io.leadflow.kernel.LeadId;
import io.leadflow.nurturing.application.port.in.RejectedLeadPage;
import io.leadflow.nurturing.application.port.in.RejectedLeadsFilter;
import io.leadflow.nurturing.domain.Rejection;
import io.leadflow.nurturing.domain.RejectionOutcome;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Every rejection marketing received, with what was done with it. It is marketing's list of rejected leads and,
 * through the enrolment id, each enrolment's history; the reasons feed back into the definition of a good lead.
 */
public interface RejectionLog {

    /** Records the rejection; {@code enrollmentId} names the enrolment whose history it joins, if any. */
    void record(Rejection rejection, RejectionOutcome outcome, Optional<UUID> enrollmentId);

    /** A page of rejections, newest first. */
    RejectedLeadPage page(RejectedLeadsFilter filter);

    /** Every rejection of the lead, oldest first. */
    List<Rejection> ofLead(LeadId leadId);
}
