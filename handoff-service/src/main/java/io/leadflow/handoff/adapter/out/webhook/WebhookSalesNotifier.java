package io.leadflow.handoff.adapter.out.webhook;

import io.leadflow.handoff.application.port.out.AccountHandoffNotice;
import io.leadflow.handoff.application.port.out.DeliveryOutcome;
import io.leadflow.handoff.application.port.out.HandoffNotice;
import io.leadflow.handoff.application.port.out.NotificationMessage;
import io.leadflow.handoff.application.port.out.SalesNotifier;
import io.leadflow.handoff.application.port.out.WebhookSecrets;
import io.leadflow.handoff.domain.NotificationChannel;
import io.leadflow.handoff.domain.NotificationDelivery;
import io.leadflow.handoff.domain.RepId;
import io.leadflow.support.webhook.SignedWebhookSender;
import io.leadflow.support.webhook.WebhookAttempt;
import io.leadflow.support.webhook.WebhookSigner;
import io.leadflow.support.webhook.WebhookTargetGuard;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends hand-off notifications to the rep's webhook URL as JSON POSTs signed with the secrets of that rep's endpoint
 * (two signatures while a rotated secret's grace period runs), connecting only to addresses the SSRF guard checked
 * (hosts in {@code leadflow.notifications.allowed-hosts} may be internal and plain http, for local runs). A 2xx answer
 * is a delivery; any other answer, a redirect included, or a network error is a failed attempt that the delivery use
 * case retries.
 */
@Component
class WebhookSalesNotifier implements SalesNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookSalesNotifier.class);

    private final JsonMapper json;
    private final SignedWebhookSender sender;
    private final String consoleUrl;
    private final WebhookSecrets secrets;
    private final Clock clock;

    WebhookSalesNotifier(
            JsonMapper json,
            WebhookProperties properties,
            Clock clock,
            @Value("${leadflow.notifications.allowed-hosts:}") List<String> allowedHosts,
            WebhookSecrets secrets,
            @Value("${leadflow.notifications.console-url:http://localhost:8080}") String consoleUrl) {
        this.consoleUrl = consoleUrl;
        this.json = json;
        this.secrets = secrets;
        this.clock = clock;
        this.sender = new SignedWebhookSender(
                null, new WebhookTargetGuard(allowedHosts), properties.requestTimeout(), "LeadFlow-Webhooks/1", clock);
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
    public Optional<NotificationMessage> render(AccountHandoffNotice notice) {
        if (notice.rep().webhookUrl() == null) {
            return Optional.empty();
        }
        return Optional.of(new NotificationMessage(
                notice.rep().webhookUrl().toString(),
                json.writeValueAsString(AccountHandoffPayload.of(notice, consoleUrl))));
    }

    @Override
    public DeliveryOutcome send(NotificationDelivery delivery) {
        String id = delivery.id().toString();
        List<String> valid = recipient(delivery)
                .map(rep -> secrets.valid(rep, clock.instant()))
                .orElse(List.of());
        if (valid.isEmpty()) {
            LOG.warn("webhook {} of hand-off {} not sent: its rep has no signing secret", id, delivery.handoffId());
            return DeliveryOutcome.unreachable("the rep's webhook endpoint has no signing secret");
        }
        WebhookAttempt attempt = sender.post(id, delivery.target(), delivery.payload(), new WebhookSigner(valid));
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

    /** The rep the webhook was rendered for: its body names them, whoever holds the hand-off now. */
    private Optional<RepId> recipient(NotificationDelivery delivery) {
        String id = json.readTree(delivery.payload()).path("rep").path("id").asString("");
        try {
            return Optional.of(new RepId(UUID.fromString(id)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
