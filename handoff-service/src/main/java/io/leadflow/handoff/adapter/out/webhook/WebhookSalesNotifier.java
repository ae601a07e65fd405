package io.leadflow.handoff.adapter.out.webhook;

import io.leadflow.handoff.application.port.out.DeliveryOutcome;
import io.leadflow.handoff.application.port.out.HandoffNotice;
import io.leadflow.handoff.application.port.out.NotificationMessage;
import io.leadflow.handoff.application.port.out.SalesNotifier;
import io.leadflow.handoff.domain.NotificationChannel;
import io.leadflow.handoff.domain.NotificationDelivery;
import io.leadflow.support.webhook.SignedWebhookSender;
import io.leadflow.support.webhook.WebhookAttempt;
import io.leadflow.support.webhook.WebhookSigner;
import io.leadflow.support.webhook.WebhookTargetGuard;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends hand-off notifications to the rep's webhook URL as signed JSON POSTs, connecting only to addresses the SSRF
 * guard checked (hosts in {@code leadflow.notifications.allowed-hosts} may be internal and plain http, for local runs).
 * A 2xx answer is a delivery; any other answer, a redirect included, or a network error is a failed attempt that the
 * delivery use case retries.
 */
@Component
class WebhookSalesNotifier implements SalesNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookSalesNotifier.class);

    private final JsonMapper json;
    private final SignedWebhookSender sender;
    private final String consoleUrl;

    WebhookSalesNotifier(
            JsonMapper json,
            WebhookProperties properties,
            Clock clock,
            @Value("${leadflow.notifications.allowed-hosts:}") List<String> allowedHosts,
            @Value("${leadflow.notifications.console-url:http://localhost:8080}") String consoleUrl) {
        this.consoleUrl = consoleUrl;
        this.json = json;
        this.sender = new SignedWebhookSender(
                new WebhookSigner(properties.signingSecret()),
                new WebhookTargetGuard(allowedHosts),
                properties.requestTimeout(),
                "LeadFlow-Webhooks/1",
                clock);
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.WEBHOOK;
    }

    @Override
    public Optional<NotificationMessage> render(HandoffNotice notice) {
        if (notice.rep().webhookUrl() == null) {
            return Optional.empty();
        }
        return Optional.of(new NotificationMessage(
                notice.rep().webhookUrl().toString(), json.writeValueAsString(HandoffPayload.of(notice, consoleUrl))));
    }

    @Override
    public DeliveryOutcome send(NotificationDelivery delivery) {
        String id = delivery.id().toString();
        WebhookAttempt attempt = sender.post(id, delivery.target(), delivery.payload());
        int attemptNumber = delivery.attempts() + 1;
        return switch (attempt.result()) {
            case DELIVERED -> {
                LOG.debug("webhook {} of hand-off {} delivered with {}", id, delivery.handoffId(), attempt.status());
                yield DeliveryOutcome.delivered(attempt.status());
            }
            case ANSWERED_WITH_ERROR -> {
                LOG.warn(
                        "webhook {} of hand-off {} refused with {} (attempt {})",
                        id,
                        delivery.handoffId(),
                        attempt.status(),
                        attemptNumber);
                yield DeliveryOutcome.refused(attempt.status(), attempt.detail());
            }
            case TARGET_REFUSED -> {
                LOG.warn("webhook {} of hand-off {} not sent: {}", id, delivery.handoffId(), attempt.detail());
                yield DeliveryOutcome.unreachable("refused target: " + attempt.detail());
            }
            case UNREACHABLE -> {
                LOG.warn(
                        "webhook {} of hand-off {} not delivered: {} (attempt {})",
                        id,
                        delivery.handoffId(),
                        attempt.detail(),
                        attemptNumber);
                yield DeliveryOutcome.unreachable(attempt.detail());
            }
        };
    }
}
