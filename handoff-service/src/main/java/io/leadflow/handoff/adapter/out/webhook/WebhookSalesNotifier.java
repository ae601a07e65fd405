package io.leadflow.handoff.adapter.out.webhook;

import io.leadflow.handoff.application.port.out.DeliveryOutcome;
import io.leadflow.handoff.application.port.out.HandoffNotice;
import io.leadflow.handoff.application.port.out.NotificationMessage;
import io.leadflow.handoff.application.port.out.NotificationTargetPolicy;
import io.leadflow.handoff.application.port.out.SalesNotifier;
import io.leadflow.handoff.domain.NotificationChannel;
import io.leadflow.handoff.domain.NotificationDelivery;
import io.leadflow.support.webhook.WebhookSigner;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends hand-off notifications to the rep's webhook URL as signed JSON POSTs. A 2xx answer is a delivery; any other
 * answer, a redirect included, or a network error is a failed attempt that the delivery use case retries.
 */
@Component
class WebhookSalesNotifier implements SalesNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookSalesNotifier.class);
    private static final int MAX_ERROR_BODY = 200;

    private final JsonMapper json;
    private final WebhookSigner signer;
    private final HttpClient http;
    private final WebhookProperties properties;
    private final Clock clock;

    private final NotificationTargetPolicy targets;
    private final String publicBaseUrl;

    WebhookSalesNotifier(
            JsonMapper json,
            WebhookProperties properties,
            Clock clock,
            NotificationTargetPolicy targets,
            @Value("${leadflow.notifications.public-base-url:http://localhost:8080}") String publicBaseUrl) {
        this.targets = targets;
        this.publicBaseUrl = publicBaseUrl;
        this.json = json;
        this.signer = new WebhookSigner(properties.signingSecret());
        this.properties = properties;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.requestTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
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
                notice.rep().webhookUrl().toString(),
                json.writeValueAsString(HandoffPayload.of(notice, publicBaseUrl))));
    }

    @Override
    public DeliveryOutcome send(NotificationDelivery delivery) {
        String id = delivery.id().toString();
        long timestamp = clock.instant().getEpochSecond();
        Optional<String> refused = targets.refusal(URI.create(delivery.target()));
        if (refused.isPresent()) {
            LOG.warn("webhook {} of hand-off {} not sent: {}", id, delivery.handoffId(), refused.get());
            return DeliveryOutcome.unreachable("refused target: " + refused.get());
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.target()))
                    .timeout(properties.requestTimeout())
                    .header("content-type", "application/json")
                    .header("user-agent", "LeadFlow-Webhooks/1")
                    .header("webhook-id", id)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", signer.sign(id, timestamp, delivery.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                LOG.debug("webhook {} of hand-off {} delivered with {}", id, delivery.handoffId(), status);
                return DeliveryOutcome.delivered(status);
            }
            LOG.warn(
                    "webhook {} of hand-off {} refused with {} (attempt {})",
                    id,
                    delivery.handoffId(),
                    status,
                    delivery.attempts() + 1);
            return DeliveryOutcome.refused(status, "HTTP " + status + ": " + abbreviate(response.body()));
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn(
                    "webhook {} of hand-off {} not delivered: {} (attempt {})",
                    id,
                    delivery.handoffId(),
                    e.getClass().getSimpleName(),
                    delivery.attempts() + 1);
            return DeliveryOutcome.unreachable(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeliveryOutcome.unreachable("interrupted while sending");
        }
    }

    private static String abbreviate(String body) {
        if (body == null) {
            return "";
        }
        return body.length() <= MAX_ERROR_BODY ? body : body.substring(0, MAX_ERROR_BODY) + "...";
    }
}
