package io.leadflow.nurturing.application.port.out;

import io.leadflow.kernel.LeadId;
import io.leadflow.nurturing.domain.DeliveryOutcome;
import io.leadflow.nurturing.domain.StepDelivery;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The deliveries of sent steps (and of the notices of enrolments, exits and recycles, which travel the same way) to
 * the automation tool and the log of every attempt; a delivery whose id is already stored is not stored again. A due delivery is claimed by
 * moving its next attempt one lease ahead, so that replicas never send it at the same time and a replica that dies
 * mid-send leaves it to another once the lease has passed.
 */
public interface StepDeliveries {

    /**
     * Stores a new delivery, due at once, unless one with its id exists; must run in the transaction of the change
     * it reports (the step marked sent, the enrolment made or ended).
     */
    void enqueue(StepDelivery delivery);

    /**
     * Withdraws the lead's deliveries that are still waiting to be sent (the person unsubscribed): its steps and the
     * notices about it to marketing's automation, which are never sent. Answers how many were withdrawn.
     */
    int withdrawPending(LeadId lead);

    /** Claims up to {@code limit} due deliveries (counting the attempt) for {@code lease}. */
    List<StepDelivery> claimDue(Instant now, Duration lease, int limit);

    /**
     * Logs the attempt and stores the delivery's new state: delivered, due again at {@code nextAttempt}, or given up
     * when {@code nextAttempt} is empty.
     */
    void recordAttempt(StepDelivery delivery, DeliveryOutcome outcome, Instant at, Optional<Instant> nextAttempt);
}
