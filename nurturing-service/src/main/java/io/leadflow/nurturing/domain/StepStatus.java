package io.leadflow.nurturing.domain;

/** Where one scheduled step stands. */
public enum StepStatus {
    /** Waiting for its due time. */
    SCHEDULED,
    /** Handed to marketing's automation tool at its due time. */
    SENT,
    /** Never sent: the lead left the track before the step was due. */
    CANCELLED
}
