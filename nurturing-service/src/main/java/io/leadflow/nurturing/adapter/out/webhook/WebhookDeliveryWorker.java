package io.leadflow.nurturing.adapter.out.webhook;

import io.leadflow.nurturing.application.port.in.DeliverStepsUseCase;
import io.leadflow.nurturing.application.port.in.DeliverStepsUseCase.DeliverStepsCommand;
import io.leadflow.nurturing.domain.RetryPolicy;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due step deliveries every poll interval, round after round while full batches keep coming. Every replica
 * runs one; the delivery store hands each due delivery to one worker at a time.
 */
@Component
class WebhookDeliveryWorker {

    private final DeliverStepsUseCase deliverSteps;
    private final DeliverStepsCommand round;

    WebhookDeliveryWorker(DeliverStepsUseCase deliverSteps, WebhookProperties properties) {
        this.deliverSteps = deliverSteps;
        this.round = new DeliverStepsCommand(
                properties.batchSize(),
                properties.claimLease(),
                new RetryPolicy(properties.retryDelays(), properties.giveUpAfter()));
    }

    @Scheduled(fixedDelayString = "${leadflow.nurture.webhook.poll-interval:1s}")
    void deliverDue() {
        int attempted;
        do {
            attempted = deliverSteps.deliverSteps(round);
        } while (attempted == round.batchSize());
    }
}
