package io.leadflow.nurturing.adapter.out.webhook;

import io.leadflow.support.webhook.WebhookSigner;
import io.leadflow.support.webhook.WebhookTargetGuard;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where due nurture steps and the notices of enrolments, exits and recycles go: marketing's automation tool's webhook
 * URL ({@code LEADFLOW_NURTURE_WEBHOOK_URL}; no URL means steps are recorded as sent and nothing is delivered) and the
 * endpoint's own Standard Webhooks signing secret ({@code LEADFLOW_NURTURE_WEBHOOK_SECRET}, {@code whsec_} + base64),
 * which a local run alone may leave out. To rotate it, the former secret goes to {@code previousSecret} with the end of
 * its grace period in {@code previousSecretValidUntil}: until then every webhook carries both signatures. URLs that point at loopback, private,
 * link-local or other internal addresses are refused unless their host is in {@code allowedHosts}. After the n-th
 * failed attempt the worker waits the n-th retry delay (the last one repeats) and gives up after
 * {@code giveUpAfter}.
 */
@ConfigurationProperties("leadflow.nurture.webhook")
public record WebhookProperties(
        URI url,

        String secret,

        @DefaultValue List<String> allowedHosts,
        @DefaultValue("20") int batchSize,
        @DefaultValue("10s") Duration requestTimeout,
        @DefaultValue("2m") Duration claimLease,

        @DefaultValue({"5s", "30s", "2m", "10m", "1h", "3h", "6h"})
        List<Duration> retryDelays,

        @DefaultValue("3d") Duration giveUpAfter,
        String previousSecret,
        String previousSecretValidUntil) {

    /** A local run's secret when none is configured; nowhere else is it used. */
    static final String LOCAL_RUN_SECRET = "whsec_bG9jYWwtZGV2LW9ubHktbnVydHVyZS13ZWJob29rLXNlY3JldA==";

    /** Until when the former secret signs beside the new one; null without a rotation. */
    public Instant previousSecretUntil() {
        return previousSecretValidUntil == null ? null : Instant.parse(previousSecretValidUntil);
    }

    public WebhookProperties {
        secret = secret == null || secret.isBlank() ? null : secret.strip();
        previousSecret = previousSecret == null || previousSecret.isBlank() ? null : previousSecret.strip();
        for (String configured : java.util.stream.Stream.of(secret, previousSecret)
                .filter(java.util.Objects::nonNull)
                .toList()) {
            new WebhookSigner(configured);
        }
        previousSecretValidUntil = previousSecretValidUntil == null || previousSecretValidUntil.isBlank()
                ? null
                : Instant.parse(previousSecretValidUntil.strip()).toString();
        if (previousSecret != null && previousSecretValidUntil == null) {
            throw new IllegalArgumentException("leadflow.nurture.webhook.previous-secret needs"
                    + " previous-secret-valid-until, the end of the rotation's grace period");
        }
        url = url == null || url.toString().isBlank() ? null : url;
        allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
        if (retryDelays == null || retryDelays.isEmpty()) {
            throw new IllegalArgumentException("leadflow.nurture.webhook.retry-delays needs at least one delay");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("leadflow.nurture.webhook.batch-size must be positive");
        }
        if (claimLease.compareTo(requestTimeout) <= 0) {
            throw new IllegalArgumentException("leadflow.nurture.webhook.claim-lease must be longer than"
                    + " request-timeout, or a slow receiver could get the same delivery from two workers at once");
        }
        Optional<String> refusal = url == null ? Optional.empty() : new WebhookTargetGuard(allowedHosts).refusal(url);
        if (refusal.isPresent()) {
            throw new IllegalArgumentException("leadflow.nurture.webhook.url " + url + " is refused: " + refusal.get()
                    + "; add the host to leadflow.nurture.webhook.allowed-hosts if it is meant");
        }
    }
}
