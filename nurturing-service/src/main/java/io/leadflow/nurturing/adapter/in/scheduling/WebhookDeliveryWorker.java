package io.leadflow.nurturing.adapter.in.scheduling;

import io.leadflow.nurturing.application.port.in.DeliverStepsUseCase;
import io.leadflow.nurturing.application.port.in.DeliverStepsUseCase.DeliverStepsCommand;
import io.leadflow.support.resilience.OutageBackoff;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends due step deliveries every poll interval, round after round while full batches keep coming. Every replica
 * runs one; the delivery store hands each due delivery to one worker at a time.
 */
public class WebhookDeliveryWorker {

    private final DeliverStepsUseCase deliverSteps;
    private final DeliverStepsCommand round;
    private final OutageBackoff backoff;

    /**
     * {@code round} holds the batch size, the claim lease and the retry policy of each round; {@code backoff} pauses
     * the rounds while the database is unavailable (a receiver that is down only delays its own deliveries).
     */
    public WebhookDeliveryWorker(DeliverStepsUseCase deliverSteps, DeliverStepsCommand round, OutageBackoff backoff) {
        this.deliverSteps = deliverSteps;
        this.round = round;
        this.backoff = backoff;
    }

    @Scheduled(fixedDelayString = "${leadflow.nurture.webhook.poll-interval:1s}")
    void deliverDue() {
        backoff.run(() -> {
            int attempted;
            do {
                attempted = deliverSteps.deliverSteps(round);
            } while (attempted == round.batchSize());
        });
    }
}
