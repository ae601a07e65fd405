package io.leadflow.support.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a webhook the Standard Webhooks way (standardwebhooks.com): {@code v1,} followed by the base64 HMAC-SHA256 of
 * {@code id.timestamp.body}. A secret written as {@code whsec_<base64>} is used as the spec's libraries use it (the
 * decoded bytes); any other secret is used as its UTF-8 bytes. Signed with several secrets (a rotation's new and old
 * one during its grace period), the header carries one space-separated signature per secret, newest first, so a
 * receiver that still holds the old secret verifies as well as one that already holds the new.
 */
public final class WebhookSigner {

    public static final String SECRET_PREFIX = "whsec_";
    private static final String HMAC = "HmacSHA256";
    private static final int SECRET_BYTES = 32;

    private final List<SecretKeySpec> keys;

    /** Refuses a missing or blank secret, and a {@code whsec_} secret that is not base64. */
    public WebhookSigner(String secret) {
        this(List.of(secret == null ? "" : secret));
    }

    /** Signs with every secret, in this order; refuses an empty list and any secret the one-secret form refuses. */
    public WebhookSigner(List<String> secrets) {
        if (secrets == null || secrets.isEmpty()) {
            throw new IllegalArgumentException("a webhook signing secret is required");
        }
        this.keys = secrets.stream().map(WebhookSigner::key).toList();
    }

    /** A new endpoint secret: {@code whsec_} and the base64 of 32 bytes from {@code random}. */
    public static String newSecret(SecureRandom random) {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(bytes);
    }

    private static SecretKeySpec key(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("a webhook signing secret is required");
        }
        byte[] bytes = secret.startsWith(SECRET_PREFIX)
                ? Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()))
                : secret.getBytes(StandardCharsets.UTF_8);
        return new SecretKeySpec(bytes, HMAC);
    }

    /** The {@code webhook-signature} header value for this message id, unix-seconds timestamp and exact body. */
    public String sign(String messageId, long timestamp, String body) {
        byte[] content = (messageId + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8);
        return keys.stream().map(key -> "v1," + hmac(key, content)).collect(Collectors.joining(" "));
    }

    /**
     * Whether {@code header} (one or more space-separated {@code v1,<base64>} signatures, as {@link #sign} writes them)
     * holds a signature of this message made with one of the secrets: what a receiver checks. Compared in constant
     * time.
     */
    public boolean verifies(String messageId, long timestamp, String body, String header) {
        if (header == null || header.isBlank()) {
            return false;
        }
        byte[] content = (messageId + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8);
        for (String presented : header.strip().split("\\s+")) {
            if (!presented.startsWith("v1,")) {
                continue;
            }
            byte[] given = presented.substring(3).getBytes(StandardCharsets.UTF_8);
            for (SecretKeySpec key : keys) {
                if (java.security.MessageDigest.isEqual(hmac(key, content).getBytes(StandardCharsets.UTF_8), given)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String hmac(SecretKeySpec key, byte[] content) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return Base64.getEncoder().encodeToString(mac.doFinal(content));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
        }
    }
}
