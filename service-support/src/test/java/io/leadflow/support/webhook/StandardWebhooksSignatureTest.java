package io.leadflow.support.webhook;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Our signatures checked by the Standard Webhooks project's own Java library, an independent implementation. */
class StandardWebhooksSignatureTest {

    private static final String SECRET = "whsec_"
            + Base64.getEncoder().encodeToString("a-receivers-shared-key-0123456789".getBytes(StandardCharsets.UTF_8));
    private static final String BODY = "{\"type\":\"lead.handoff.assigned\",\"reasons\":[\"demo requested\"]}";

    private static Map<String, List<String>> headers(String id, long timestamp, String signature) {
        return Map.of(
                "webhook-id",
                List.of(id),
                "webhook-timestamp",
                List.of(Long.toString(timestamp)),
                "webhook-signature",
                List.of(signature));
    }

    @Test
    void the_standard_webhooks_library_accepts_our_signature() {
        // the library checks the timestamp against its own clock, so the message is signed "now"
        long now = Instant.now().getEpochSecond();
        String signature = new WebhookSigner(SECRET).sign("msg_2f1c", now, BODY);

        assertThatCode(() -> new Webhook(SECRET).verify(BODY, headers("msg_2f1c", now, signature)))
                .doesNotThrowAnyException();
    }

    @Test
    void the_library_refuses_a_body_changed_after_signing() {
        long now = Instant.now().getEpochSecond();
        String signature = new WebhookSigner(SECRET).sign("msg_2f1c", now, BODY);

        assertThatThrownBy(() ->
                        new Webhook(SECRET).verify(BODY.replace("demo", "free"), headers("msg_2f1c", now, signature)))
                .isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void the_library_refuses_a_signature_made_with_another_key() {
        long now = Instant.now().getEpochSecond();
        String signature = new WebhookSigner("whsec_"
                        + Base64.getEncoder()
                                .encodeToString("another-key-entirely-9876543210".getBytes(StandardCharsets.UTF_8)))
                .sign("msg_2f1c", now, BODY);

        assertThatThrownBy(() -> new Webhook(SECRET).verify(BODY, headers("msg_2f1c", now, signature)))
                .isInstanceOf(WebhookVerificationException.class);
    }
}
