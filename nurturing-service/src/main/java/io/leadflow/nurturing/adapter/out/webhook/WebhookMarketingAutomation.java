package io.leadflow.nurturing.adapter.out.webhook;

import io.leadflow.nurturing.application.port.out.MarketingAutomation;
import io.leadflow.nurturing.domain.DeliveryOutcome;
import io.leadflow.nurturing.domain.NurtureNotice;
import io.leadflow.nurturing.domain.ScheduledStep;
import io.leadflow.nurturing.domain.StepDelivery;
import io.leadflow.nurturing.domain.TrackRef;
import io.leadflow.support.webhook.SignedWebhookSender;
import io.leadflow.support.webhook.WebhookAttempt;
import io.leadflow.support.webhook.WebhookSigner;
import io.leadflow.support.webhook.WebhookTargetGuard;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Marketing's automation tool behind a Standard Webhooks endpoint: a step is rendered as JSON for the configured URL
 * and POSTed with {@code webhook-id} (the delivery id, the same on every attempt), {@code webhook-timestamp} and
 * {@code webhook-signature} ({@code v1,} + base64 HMAC-SHA256 of {@code id.timestamp.body}). A 2xx answer is a
 * delivery; any other answer, a redirect included, a network error or a target that has come to resolve to an
 * internal address is a failed attempt. Enrolments, exits and recycles go to the same URL with the same signing,
 * their bodies built by {@link NoticePayloads}.
 */
@Component
class WebhookMarketingAutomation implements MarketingAutomation {

    static final String TYPE = "nurture.step.due";
    private static final Logger LOG = LoggerFactory.getLogger(WebhookMarketingAutomation.class);

    private final JsonMapper json;
    private final WebhookProperties properties;
    private final SignedWebhookSender sender;
    private final String secret;
    private final Clock clock;

    /**
     * Outside a local run ({@code leadflow.local-run}) a configured URL without a secret stops the service at start;
     * without a URL and a secret, a webhook left from an earlier configuration is never sent unsigned.
     */
    WebhookMarketingAutomation(
            JsonMapper json,
            WebhookProperties properties,
            Clock clock,
            @Value("${leadflow.local-run:false}") boolean localRun) {
        this.json = json;
        this.properties = properties;
        this.clock = clock;
        if (properties.secret() == null && properties.url() != null && !localRun) {
            throw new IllegalStateException("LEADFLOW_NURTURE_WEBHOOK_SECRET (leadflow.nurture.webhook.secret) is not"
                    + " set, but webhooks go to " + properties.url() + ": outside a local run the endpoint's signing"
                    + " secret is required; create one with: echo whsec_$(openssl rand -base64 32)");
        }
        this.secret = properties.secret() != null
                ? properties.secret()
                : localRun ? WebhookProperties.LOCAL_RUN_SECRET : null;
        this.sender = new SignedWebhookSender(
                null,
                new WebhookTargetGuard(properties.allowedHosts()),
                properties.requestTimeout(),
                "LeadFlow-Nurturing/1",
                clock);
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
    public Optional<AutomationMessage> render(NurtureNotice notice) {
        if (properties.url() == null) {
            return Optional.empty();
        }
        return Optional.of(
                new AutomationMessage(properties.url().toString(), json.writeValueAsString(NoticePayloads.of(notice))));
    }

    @Override
    public DeliveryOutcome send(StepDelivery d) {
        if (secret == null) {
            LOG.warn("nurture webhook {} not sent: no signing secret is configured", d.id());
            return DeliveryOutcome.failed(null, "no signing secret is configured (LEADFLOW_NURTURE_WEBHOOK_SECRET)");
        }
        WebhookAttempt attempt = sender.post(d.id().toString(), d.target(), d.payload(), signer());
        return switch (attempt.result()) {
            case DELIVERED -> DeliveryOutcome.ok(attempt.status());
            case ANSWERED_WITH_ERROR -> {
                LOG.warn("nurture webhook {} refused with {} (attempt {})", d.id(), attempt.status(), d.attempts());
                yield DeliveryOutcome.failed(attempt.status(), attempt.detail());
            }
            case TARGET_REFUSED -> {
                LOG.warn("nurture webhook {} not sent: {} (attempt {})", d.id(), attempt.detail(), d.attempts());
                yield DeliveryOutcome.failed(null, "target refused: " + attempt.detail());
            }
            case UNREACHABLE -> {
                LOG.warn("nurture webhook {} not delivered: {} (attempt {})", d.id(), attempt.detail(), d.attempts());
                yield DeliveryOutcome.failed(null, attempt.detail());
            }
        };
    }

    /** The endpoint's secret, and the former one while its grace period runs. */
    private WebhookSigner signer() {
        List<String> secrets = new ArrayList<>(List.of(secret));
        if (properties.previousSecret() != null && clock.instant().isBefore(properties.previousSecretUntil())) {
            secrets.add(properties.previousSecret());
        }
        return new WebhookSigner(secrets);
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
}
