package io.leadflow.nurturing.config;

import io.leadflow.nurturing.adapter.in.scheduling.WebhookDeliveryWorker;
import io.leadflow.nurturing.adapter.out.webhook.WebhookProperties;
import io.leadflow.nurturing.application.port.in.DeliverStepsUseCase;
import io.leadflow.nurturing.application.port.in.DeliverStepsUseCase.DeliverStepsCommand;
import io.leadflow.nurturing.domain.RetryPolicy;
import io.leadflow.support.resilience.DependencyOutages;
import io.leadflow.support.resilience.OutageBackoff;
import io.leadflow.support.resilience.ResilienceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The step delivery worker, whose round (batch size, claim lease, retries) is set with the webhook it sends
 * through, so the worker gets its round from the webhook adapter's typed properties here rather than reading them
 * itself.
 */
@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration {

    @Bean
    WebhookDeliveryWorker webhookDeliveryWorker(
            DeliverStepsUseCase deliverSteps,
            WebhookProperties webhook,
            DependencyOutages outages,
            ResilienceProperties resilience) {
        return new WebhookDeliveryWorker(
                deliverSteps,
                new DeliverStepsCommand(
                        webhook.batchSize(),
                        webhook.claimLease(),
                        new RetryPolicy(webhook.retryDelays(), webhook.giveUpAfter())),
                new OutageBackoff("step-deliveries", outages, resilience));
    }
}
