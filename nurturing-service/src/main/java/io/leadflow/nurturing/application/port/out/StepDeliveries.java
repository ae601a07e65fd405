package io.leadflow.nurturing.application.port.out;

import io.leadflow.nurturing.domain.DeliveryOutcome;
import io.leadflow.nurturing.domain.StepDelivery;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The deliveries of sent steps to the automation tool and the log of every attempt. A due delivery is claimed by
 * moving its next attempt one lease ahead, so that replicas never send it at the same time and a replica that dies
 * mid-send leaves it to another once the lease has passed.
 */
public interface StepDeliveries {

    /** Stores a new delivery, due at once; must run in the transaction that marks the step sent. */
    void enqueue(StepDelivery delivery);

    /** Claims up to {@code limit} due deliveries (counting the attempt) for {@code lease}. */
    List<StepDelivery> claimDue(Instant now, Duration lease, int limit);

    /**
     * Logs the attempt and stores the delivery's new state: delivered, due again at {@code nextAttempt}, or given up
     * when {@code nextAttempt} is empty.
     */
    void recordAttempt(StepDelivery delivery, DeliveryOutcome outcome, Instant at, Optional<Instant> nextAttempt);
}
