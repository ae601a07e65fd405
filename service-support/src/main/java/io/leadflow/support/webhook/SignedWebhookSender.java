package io.leadflow.support.webhook;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * POSTs a JSON payload to a webhook receiver the Standard Webhooks way: {@code webhook-id} (the same on every attempt,
 * so the receiver can drop a repeat), {@code webhook-timestamp} and {@code webhook-signature}. The target is checked
 * before each attempt and the connection opens only to the addresses checked ({@link GuardedHttpClient}); redirects
 * are never followed. Retrying is the caller's: each attempt answers a {@link WebhookAttempt} and throws nothing.
 */
public final class SignedWebhookSender {

    static final int MAX_DETAIL = 300;

    private final WebhookSigner signer;
    private final String userAgent;
    private final Clock clock;
    private final GuardedHttpClient http;

    /**
     * @param signer the secrets of {@link #post(String, String, String)}; null where every endpoint has its own
     * @param guard which targets may be called, checked before each attempt and again when connecting
     * @param userAgent the {@code user-agent} that names the sending service to the receiver
     */
    public SignedWebhookSender(
            WebhookSigner signer, WebhookTargetGuard guard, Duration requestTimeout, String userAgent, Clock clock) {
        this.signer = signer;
        this.userAgent = userAgent;
        this.clock = clock;
        this.http = new GuardedHttpClient(guard, requestTimeout);
    }

    /** One attempt to deliver {@code payload} (JSON) under the message id {@code id} to {@code target}. */
    public WebhookAttempt post(String id, String target, String payload) {
        return post(id, target, payload, signer);
    }

    /** As {@link #post(String, String, String)}, signed with the target endpoint's own secrets. */
    public WebhookAttempt post(String id, String target, String payload, WebhookSigner endpointSigner) {
        long timestamp = clock.instant().getEpochSecond();
        return http.postJson(
                target,
                Map.of(
                        "user-agent",
                        userAgent,
                        "webhook-id",
                        id,
                        "webhook-timestamp",
                        Long.toString(timestamp),
                        "webhook-signature",
                        endpointSigner.sign(id, timestamp, payload)),
                payload);
    }

    static String abbreviate(String text) {
        return GuardedHttpClient.abbreviate(text);
    }
}
