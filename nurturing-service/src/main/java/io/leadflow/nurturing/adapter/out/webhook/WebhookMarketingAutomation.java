package io.leadflow.nurturing.adapter.out.webhook;

import io.leadflow.nurturing.application.port.out.MarketingAutomation;
import io.leadflow.nurturing.domain.DeliveryOutcome;
import io.leadflow.nurturing.domain.ScheduledStep;
import io.leadflow.nurturing.domain.StepDelivery;
import io.leadflow.nurturing.domain.TrackRef;
import io.leadflow.support.webhook.WebhookSigner;
import io.leadflow.support.webhook.WebhookTargetGuard;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Marketing's automation tool behind a Standard Webhooks endpoint: a step is rendered as JSON for the configured URL
 * and POSTed with {@code webhook-id} (the delivery id, the same on every attempt), {@code webhook-timestamp} and
 * {@code webhook-signature} ({@code v1,} + base64 HMAC-SHA256 of {@code id.timestamp.body}). A 2xx answer is a
 * delivery; any other answer, a redirect included, a network error or a target that has come to resolve to an
 * internal address is a failed attempt.
 */
@Component
class WebhookMarketingAutomation implements MarketingAutomation {

    static final String TYPE = "nurture.step.due";
    private static final Logger LOG = LoggerFactory.getLogger(WebhookMarketingAutomation.class);
    private static final int MAX_ERROR = 300;

    private final JsonMapper json;
    private final WebhookProperties properties;
    private final WebhookSigner signer;
    private final WebhookTargetGuard targets;
    private final Clock clock;
    private final HttpClient http;

    WebhookMarketingAutomation(JsonMapper json, WebhookProperties properties, Clock clock) {
        this.json = json;
        this.properties = properties;
        this.signer = new WebhookSigner(properties.secret());
        this.targets = new WebhookTargetGuard(properties.allowedHosts());
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.requestTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public Optional<AutomationMessage> render(ScheduledStep step, TrackRef track) {
        if (properties.url() == null) {
            return Optional.empty();
        }
        return Optional.of(
                new AutomationMessage(properties.url().toString(), json.writeValueAsString(payload(step, track))));
    }

    @Override
    public DeliveryOutcome send(StepDelivery d) {
        try {
            Optional<String> refusal = targets.refusal(URI.create(d.target()));
            if (refusal.isPresent()) {
                LOG.warn("nurture webhook {} not sent: {} (attempt {})", d.id(), refusal.get(), d.attempts());
                return DeliveryOutcome.failed(null, "target refused: " + abbreviate(refusal.get()));
            }
            String id = d.id().toString();
            long timestamp = clock.instant().getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(URI.create(d.target()))
                    .timeout(properties.requestTimeout())
                    .header("content-type", "application/json")
                    .header("user-agent", "LeadFlow-Nurturing/1")
                    .header("webhook-id", id)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", signer.sign(id, timestamp, d.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(d.payload(), StandardCharsets.UTF_8))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return DeliveryOutcome.ok(status);
            }
            LOG.warn("nurture webhook {} refused with {} (attempt {})", id, status, d.attempts());
            return DeliveryOutcome.failed(status, "HTTP " + status + ": " + abbreviate(response.body()));
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn(
                    "nurture webhook {} not delivered: {} (attempt {})",
                    d.id(),
                    e.getClass().getSimpleName(),
                    d.attempts());
            return DeliveryOutcome.failed(null, e.getClass().getSimpleName() + ": " + abbreviate(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeliveryOutcome.failed(null, "interrupted while sending");
        }
    }

    private static Map<String, Object> payload(ScheduledStep step, TrackRef track) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE);
        body.put("stepId", step.id().toString());
        body.put("leadId", step.leadId().toString());
        body.put("enrollmentId", step.enrollmentId().toString());
        Map<String, Object> trackBody = new LinkedHashMap<>();
        trackBody.put("key", track.key());
        trackBody.put("name", track.name());
        body.put("track", trackBody);
        Map<String, Object> stepBody = new LinkedHashMap<>();
        stepBody.put("position", step.position());
        stepBody.put("name", step.name());
        stepBody.put("content", step.content());
        body.put("step", stepBody);
        body.put("dueAt", step.dueAt().toString());
        body.put("sentAt", step.sentAt() == null ? null : step.sentAt().toString());
        return body;
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR) + "...";
    }
}
