package io.leadflow.nurturing.domain;

/** Why a lead was put on a track. */
public enum EnrollmentSource {
    /** Sales rejected it with a reason that can be nurtured. */
    REJECTION,
    /** Its score stayed below the qualification threshold for the time marketing set. */
    BELOW_THRESHOLD
}
