package io.leadflow.nurturing.application.port.out;

import io.leadflow.nurturing.domain.ScheduledStep;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The durable timers of nurturing: every step of every enrolment with its due time. They survive restarts because
 * they are rows; they fire once across replicas because a due step is claimed with a row lock that other replicas
 * skip, and sent in the same transaction that marks it sent.
 */
public interface ScheduledSteps {

    void addAll(List<ScheduledStep> steps);

    /** Due steps of active enrolments, oldest due first, locked; steps another replica holds are skipped. */
    List<ScheduledStep> claimDue(Instant now, int limit);

    void save(ScheduledStep step);

    /** Marks the enrolment's steps that were not sent as cancelled. */
    void cancelPending(UUID enrollmentId);

    /** How many of the enrolment's steps are still scheduled. */
    int scheduledCount(UUID enrollmentId);

    /** The enrolment's steps in track order. */
    List<ScheduledStep> ofEnrollment(UUID enrollmentId);
}
