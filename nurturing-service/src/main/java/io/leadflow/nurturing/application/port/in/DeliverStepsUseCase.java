package io.leadflow.nurturing.application.port.in;

import io.leadflow.nurturing.domain.RetryPolicy;
import java.time.Duration;

/**
 * Hands sent steps to marketing's automation tool, retrying failed deliveries with back-off under the same id.
 * Every replica runs it; a delivery is claimed by one at a time.
 */
public interface DeliverStepsUseCase {

    /** How many deliveries were attempted; a full batch means there may be more. */
    int deliverSteps(DeliverStepsCommand command);

    /** One round: how many, how long a claim lasts, and when to retry. */
    record DeliverStepsCommand(int batchSize, Duration lease, RetryPolicy retries) {}
}
