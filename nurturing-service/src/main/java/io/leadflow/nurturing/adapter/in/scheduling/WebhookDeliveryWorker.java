package io.leadflow.nurturing.adapter.in.scheduling;

import io.leadflow.nurturing.application.port.in.DeliverStepsUseCase;
import io.leadflow.nurturing.application.port.in.DeliverStepsUseCase.DeliverStepsCommand;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends due step deliveries every poll interval, round after round while full batches keep coming. Every replica
 * runs one; the delivery store hands each due delivery to one worker at a time.
 */
public class WebhookDeliveryWorker {

    private final DeliverStepsUseCase deliverSteps;
    private final DeliverStepsCommand round;

    /** {@code round} holds the batch size, the claim lease and the retry policy of each round. */
    public WebhookDeliveryWorker(DeliverStepsUseCase deliverSteps, DeliverStepsCommand round) {
        this.deliverSteps = deliverSteps;
        this.round = round;
    }

    @Scheduled(fixedDelayString = "${leadflow.nurture.webhook.poll-interval:1s}")
    void deliverDue() {
        int attempted;
        do {
            attempted = deliverSteps.deliverSteps(round);
        } while (attempted == round.batchSize());
    }
}
