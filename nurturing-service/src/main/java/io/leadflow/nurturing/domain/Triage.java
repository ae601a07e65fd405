package io.leadflow.nurturing.domain;

import java.util.List;
import java.util.Optional;

/**
 * The decision for one rejection: the outcome, the enrolment the rejection now belongs to (new, unchanged or
 * stopped), the stage move to announce, if any, and the steps of a new enrolment.
 */
public record Triage(
        Rejection rejection,
        RejectionOutcome outcome,
        Optional<Enrollment> enrollment,
        Optional<StageMove> stageMove,
        List<ScheduledStep> steps) {

    public Triage {
        if (rejection == null || outcome == null || enrollment == null || stageMove == null || steps == null) {
            throw new IllegalArgumentException("a triage needs a rejection, an outcome and (possibly empty) results");
        }
        steps = List.copyOf(steps);
    }
}
