package io.leadflow.nurturing.application.service;

import io.leadflow.nurturing.application.port.in.DeliverStepsUseCase;
import io.leadflow.nurturing.application.port.out.MarketingAutomation;
import io.leadflow.nurturing.application.port.out.NurtureMetrics;
import io.leadflow.nurturing.application.port.out.StepDeliveries;
import io.leadflow.nurturing.domain.DeliveryOutcome;
import io.leadflow.nurturing.domain.StepDelivery;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** No transaction around the HTTP call: the claim and each attempt's record are short transactions of their own. */
class DeliverStepsService implements DeliverStepsUseCase {

    private final StepDeliveries deliveries;
    private final MarketingAutomation automation;
    private final NurtureMetrics metrics;
    private final Clock clock;

    DeliverStepsService(
            StepDeliveries deliveries, MarketingAutomation automation, NurtureMetrics metrics, Clock clock) {
        this.deliveries = deliveries;
        this.automation = automation;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public int deliverSteps(DeliverStepsCommand command) {
        var claimed = deliveries.claimDue(clock.instant(), command.lease(), command.batchSize());
        for (StepDelivery delivery : claimed) {
            DeliveryOutcome outcome = automation.send(delivery);
            Instant now = clock.instant();
            if (outcome.delivered()) {
                metrics.webhookDelivered();
                deliveries.recordAttempt(delivery, outcome, now, Optional.empty());
            } else {
                metrics.webhookFailed();
                Optional<Instant> next = command.retries().givesUp(delivery.createdAt(), now)
                        ? Optional.empty()
                        : Optional.of(command.retries().nextAttempt(delivery.attempts(), now));
                deliveries.recordAttempt(delivery, outcome, now, next);
            }
        }
        return claimed.size();
    }
}
