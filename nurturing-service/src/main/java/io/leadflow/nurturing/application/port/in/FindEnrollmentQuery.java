package io.leadflow.nurturing.application.port.in;

import io.leadflow.kernel.LeadId;

/** Answers "is this lead being nurtured, and on which track?" */
public interface FindEnrollmentQuery {

    /**
     * The lead's active enrolment, or its most recent one when none is active.
     *
     * @throws NotFoundException when the lead has never been enrolled
     */
    EnrollmentView findEnrollment(LeadId leadId);
}
