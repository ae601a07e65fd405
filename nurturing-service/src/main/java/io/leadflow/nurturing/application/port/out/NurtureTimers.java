package io.leadflow.nurturing.application.port.out;

import io.leadflow.nurturing.domain.ScheduledStep;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The durable timers of nurturing: one per scheduled step, due at the step's time, and one per enrolment with a
 * maximum duration, due when it expires. Every call must run in the transaction that changes the steps or the
 * enrolment, so that a timer exists if, and only if, that change commits. A timer fires once across replicas (a
 * replica that dies holding one leaves it to another), and may fire again after a crash: the use cases it drives
 * decide from the database whether there is still anything to do.
 */
public interface NurtureTimers {

    /** One timer per step, at the step's due time. */
    void scheduleSteps(List<ScheduledStep> steps);

    /** The enrolment's end by maximum duration. */
    void scheduleExpiry(UUID enrollmentId, Instant at);

    /**
     * Removes the timers of an enrolment that ended: its expiry and the given steps. A timer already firing is left
     * to fire and finds nothing to do.
     */
    void cancel(UUID enrollmentId, List<UUID> stepIds);
}
