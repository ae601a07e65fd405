package io.leadflow.nurturing.domain;

import java.util.Optional;

/**
 * The decision for one rejection: the outcome, the enrolment the rejection now belongs to (new, unchanged or
 * stopped), and the stage move to announce, if any.
 */
public record Triage(
        Rejection rejection, RejectionOutcome outcome, Optional<Enrollment> enrollment, Optional<StageMove> stageMove) {

    public Triage {
        if (rejection == null || outcome == null || enrollment == null || stageMove == null) {
            throw new IllegalArgumentException("a triage needs a rejection, an outcome and (possibly empty) results");
        }
    }
}
