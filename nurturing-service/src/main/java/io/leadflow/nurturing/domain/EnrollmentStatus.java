package io.leadflow.nurturing.domain;

/**
 * Where an enrolment stands. Only an {@code ACTIVE} enrolment receives the track's steps, and a lead has at most
 * one. Recycling and completed tracks will add their own statuses.
 */
public enum EnrollmentStatus {
    /** The lead is being nurtured on its track. */
    ACTIVE,
    /** Nurturing ended because the lead was disqualified after all. */
    STOPPED
}
