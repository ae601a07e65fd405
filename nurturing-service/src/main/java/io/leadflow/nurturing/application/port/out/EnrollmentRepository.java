package io.leadflow.nurturing.application.port.out;

import io.leadflow.kernel.LeadId;
import io.leadflow.nurturing.domain.Enrollment;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The enrolments. Storage guards the rule "one active enrolment per lead" too, so that two rejections of the same
 * lead handled at the same moment cannot both enrol it: the second save fails and its message is retried.
 */
public interface EnrollmentRepository {

    Optional<Enrollment> findActive(LeadId leadId);

    /** The active enrolment, locked until the transaction ends, so that two signals cannot both end it. */
    Optional<Enrollment> lockActive(LeadId leadId);

    /** The active enrolment, or else the most recent one. */
    Optional<Enrollment> findCurrent(LeadId leadId);

    /** Every enrolment of the lead, oldest first. */
    List<Enrollment> allOf(LeadId leadId);

    /** The enrolment, whatever its status, locked until the transaction ends. */
    Optional<Enrollment> lock(UUID enrollmentId);

    /** Adds a new enrolment or stores the new state of a known one. */
    void save(Enrollment enrollment);
}
