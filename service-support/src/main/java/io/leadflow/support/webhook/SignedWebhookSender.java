package io.leadflow.support.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * POSTs a JSON payload to a webhook receiver the Standard Webhooks way: {@code webhook-id} (the same on every attempt,
 * so the receiver can drop a repeat), {@code webhook-timestamp} and {@code webhook-signature}. The target is checked
 * before each attempt (an address may have come to resolve inside the network since it was accepted); redirects are
 * never followed. Retrying is the caller's: each attempt answers a {@link WebhookAttempt} and throws nothing.
 */
public final class SignedWebhookSender {

    static final int MAX_DETAIL = 300;

    private final WebhookSigner signer;
    private final Function<URI, Optional<String>> targetRefusal;
    private final Duration requestTimeout;
    private final String userAgent;
    private final Clock clock;
    private final HttpClient http;

    /**
     * @param signer the secrets of {@link #post(String, String, String)}; null where every endpoint has its own
     * @param targetRefusal why a target may not be called, or empty when it may (e.g. {@link WebhookTargetGuard})
     * @param userAgent the {@code user-agent} that names the sending service to the receiver
     */
    public SignedWebhookSender(
            WebhookSigner signer,
            Function<URI, Optional<String>> targetRefusal,
            Duration requestTimeout,
            String userAgent,
            Clock clock) {
        this.signer = signer;
        this.targetRefusal = targetRefusal;
        this.requestTimeout = requestTimeout;
        this.userAgent = userAgent;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(requestTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** One attempt to deliver {@code payload} (JSON) under the message id {@code id} to {@code target}. */
    public WebhookAttempt post(String id, String target, String payload) {
        return post(id, target, payload, signer);
    }

    /** As {@link #post(String, String, String)}, signed with the target endpoint's own secrets. */
    public WebhookAttempt post(String id, String target, String payload, WebhookSigner endpointSigner) {
        try {
            URI uri = URI.create(target);
            Optional<String> refusal = targetRefusal.apply(uri);
            if (refusal.isPresent()) {
                return new WebhookAttempt(WebhookAttempt.Result.TARGET_REFUSED, null, abbreviate(refusal.get()));
            }
            long timestamp = clock.instant().getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .timeout(requestTimeout)
                    .header("content-type", "application/json")
                    .header("user-agent", userAgent)
                    .header("webhook-id", id)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", endpointSigner.sign(id, timestamp, payload))
                    .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return new WebhookAttempt(WebhookAttempt.Result.DELIVERED, status, null);
            }
            return new WebhookAttempt(
                    WebhookAttempt.Result.ANSWERED_WITH_ERROR,
                    status,
                    abbreviate("HTTP " + status + ": " + response.body()));
        } catch (IOException | IllegalArgumentException e) {
            return new WebhookAttempt(
                    WebhookAttempt.Result.UNREACHABLE,
                    null,
                    abbreviate(e.getClass().getSimpleName() + ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new WebhookAttempt(WebhookAttempt.Result.UNREACHABLE, null, "interrupted while sending");
        }
    }

    static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL) + "...";
    }
}
