package io.leadflow.nurturing.application.port.out;

import io.leadflow.nurturing.domain.ScheduledStep;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Every step of every enrolment with its due time and where it stands (scheduled, sent, cancelled): what marketing
 * reads, and what makes a step's effect happen once. The timer that fires a step is elsewhere ({@link
 * NurtureTimers}); the step's row decides whether firing still sends anything.
 */
public interface ScheduledSteps {

    void addAll(List<ScheduledStep> steps);

    /** The step, locked until the transaction ends, so that a timer fired twice at once sends it once. */
    Optional<ScheduledStep> lock(UUID stepId);

    /** The step as it is now, without a lock. */
    Optional<ScheduledStep> find(UUID stepId);

    void save(ScheduledStep step);

    /** Marks the enrolment's steps that were not sent as cancelled; answers their ids. */
    List<UUID> cancelPending(UUID enrollmentId);

    /** How many of the enrolment's steps are still scheduled. */
    int scheduledCount(UUID enrollmentId);

    /** The enrolment's steps in track order. */
    List<ScheduledStep> ofEnrollment(UUID enrollmentId);
}
