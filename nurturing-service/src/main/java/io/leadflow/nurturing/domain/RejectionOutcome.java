package io.leadflow.nurturing.domain;

/** What nurturing did with one rejection. */
public enum RejectionOutcome {
    /** The lead was put on the track for its reason and moved to NURTURING. */
    ENROLLED,
    /** The lead was already on a track; the rejection joins that enrolment's history. */
    KEPT_ON_ENROLLMENT,
    /** The reason means the lead will never buy; it was disqualified. */
    DISQUALIFIED,
    /** The reason can be nurtured but no track takes it at the moment; the lead stays REJECTED. */
    NO_TRACK
}
