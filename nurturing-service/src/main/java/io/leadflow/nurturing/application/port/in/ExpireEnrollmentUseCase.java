package io.leadflow.nurturing.application.port.in;

import java.util.UUID;

/**
 * What an enrolment's expiry timer does when it fires: an enrolment still active at its track's maximum duration
 * ends as expired, and its unsent steps are cancelled. An enrolment that ended before does not change.
 */
public interface ExpireEnrollmentUseCase {

    /** Whether the enrolment ended now. */
    boolean expireEnrollment(UUID enrollmentId);
}
