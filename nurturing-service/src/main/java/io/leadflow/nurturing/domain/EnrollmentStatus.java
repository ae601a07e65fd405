package io.leadflow.nurturing.domain;

/**
 * Where an enrolment stands. Only an {@code ACTIVE} enrolment receives the track's steps, and a lead has at most
 * one; every other status is an end, with the exit that caused it.
 */
public enum EnrollmentStatus {
    /** The lead is being nurtured on its track. */
    ACTIVE,
    /** Nurturing ended because the lead was disqualified after all. */
    STOPPED,
    /** The lead re-engaged and went back to sales. */
    RECYCLED,
    /** Sales took the lead up again through another path (it was qualified or accepted meanwhile). */
    REQUALIFIED,
    /** The lead unsubscribed; marketing may not send it anything more. */
    UNSUBSCRIBED,
    /** The lead received the track's last step. */
    COMPLETED,
    /** The lead reached the track's maximum duration. */
    EXPIRED;

    public boolean isEnd() {
        return this != ACTIVE;
    }
}
