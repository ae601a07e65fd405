package io.leadflow.handoff.adapter.in.web;

import io.leadflow.support.webhook.WebhookSigner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Salesforce Opportunity changes arrive through a relay (an Apex callout or a Pub/Sub API subscriber) that signs each
 * the Standard Webhooks way with the secret it shares with LeadFlow: {@code webhook-id}, {@code webhook-timestamp}
 * (epoch seconds) and {@code webhook-signature} ({@code v1,} + base64 HMAC-SHA256 of id.timestamp.body), the same
 * scheme LeadFlow signs its own webhooks with. A timestamp further than the allowed age (5 minutes) from now is
 * refused.
 */
final class SalesforceSignature {

    static final String ID = "webhook-id";
    static final String TIMESTAMP = "webhook-timestamp";
    static final String SIGNATURE = "webhook-signature";

    private final WebhookSigner signer;
    private final Duration maxAge;
    private final Clock clock;

    SalesforceSignature(String secret, Duration maxAge, Clock clock) {
        this.signer = secret == null || secret.isBlank() ? null : new WebhookSigner(secret);
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /** Why the request is refused, or null when it is signed with the shared secret and fresh. */
    String refusal(String id, String timestamp, String signature, String body) {
        if (signer == null) {
            return "the Salesforce adapter has no secret configured";
        }
        if (id == null || id.isBlank() || timestamp == null || signature == null) {
            return ID + ", " + TIMESTAMP + " and " + SIGNATURE + " are required";
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return TIMESTAMP + " is not epoch seconds";
        }
        Duration age = Duration.between(Instant.ofEpochSecond(seconds), clock.instant())
                .abs();
        if (age.compareTo(maxAge) > 0) {
            return TIMESTAMP + " is further than " + maxAge.toMinutes() + " minutes from now";
        }
        return signer.verifies(id, seconds, body, signature) ? null : SIGNATURE + " does not match";
    }
}
