package io.leadflow.support.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a webhook the Standard Webhooks way (standardwebhooks.com): {@code v1,} followed by the base64 HMAC-SHA256 of
 * {@code id.timestamp.body}. A secret written as {@code whsec_<base64>} is used as the spec's libraries use it (the
 * decoded bytes); any other secret is used as its UTF-8 bytes.
 */
public final class WebhookSigner {

    public static final String SECRET_PREFIX = "whsec_";
    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;

    /** Refuses a missing or blank secret, and a {@code whsec_} secret that is not base64. */
    public WebhookSigner(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("a webhook signing secret is required");
        }
        byte[] bytes = secret.startsWith(SECRET_PREFIX)
                ? Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()))
                : secret.getBytes(StandardCharsets.UTF_8);
        this.key = new SecretKeySpec(bytes, HMAC);
    }

    /** The {@code webhook-signature} header value for this message id, unix-seconds timestamp and exact body. */
    public String sign(String messageId, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            byte[] digest = mac.doFinal((messageId + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
        }
    }
}
