package io.leadflow.handoff.config;

import io.leadflow.handoff.adapter.in.scheduling.NotificationDeliveryWorker;
import io.leadflow.handoff.adapter.in.scheduling.WebhookDeliveryWorker;
import io.leadflow.handoff.adapter.out.notification.NotificationProperties;
import io.leadflow.handoff.adapter.out.webhook.WebhookProperties;
import io.leadflow.handoff.application.port.in.DeliverNotificationsCommand;
import io.leadflow.handoff.application.port.in.DeliverNotificationsUseCase;
import io.leadflow.handoff.domain.NotificationChannel;
import io.leadflow.support.resilience.DependencyOutages;
import io.leadflow.support.resilience.OutageBackoff;
import io.leadflow.support.resilience.ResilienceProperties;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delivery workers, whose rounds (batch size, claim lease) are set with the channels they send through, so
 * each worker gets its round from the sending adapter's typed properties here rather than reading them itself.
 */
@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration {

    @Bean
    WebhookDeliveryWorker webhookDeliveryWorker(
            DeliverNotificationsUseCase deliver,
            WebhookProperties webhooks,
            DependencyOutages outages,
            ResilienceProperties resilience) {
        return new WebhookDeliveryWorker(
                deliver,
                new DeliverNotificationsCommand(
                        NotificationChannel.WEBHOOK, webhooks.batchSize(), webhooks.claimLease()),
                new OutageBackoff("webhook-deliveries", outages, resilience));
    }

    @Bean
    NotificationDeliveryWorker notificationDeliveryWorker(
            DeliverNotificationsUseCase deliver,
            NotificationProperties notifications,
            DependencyOutages outages,
            ResilienceProperties resilience) {
        return new NotificationDeliveryWorker(
                deliver,
                List.of(
                        new DeliverNotificationsCommand(
                                NotificationChannel.SLACK, notifications.batchSize(), notifications.claimLease()),
                        new DeliverNotificationsCommand(
                                NotificationChannel.EMAIL, notifications.batchSize(), notifications.claimLease())),
                new OutageBackoff("notification-deliveries", outages, resilience));
    }
}
