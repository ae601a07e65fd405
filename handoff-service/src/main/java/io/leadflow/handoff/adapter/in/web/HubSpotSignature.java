package io.leadflow.handoff.adapter.in.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HubSpot's v3 request signature: {@code X-HubSpot-Signature-v3} is the base64 HMAC-SHA256, keyed with the app's
 * client secret, of method + URI + body + {@code X-HubSpot-Request-Timestamp} (epoch milliseconds). The URI is the
 * public one HubSpot called (behind the gateway the service cannot see it, so it is configured). A timestamp older
 * than the allowed age (5 minutes), or from the future beyond it, is refused, so a captured request cannot be replayed.
 */
final class HubSpotSignature {

    static final String SIGNATURE = "X-HubSpot-Signature-v3";
    static final String TIMESTAMP = "X-HubSpot-Request-Timestamp";

    private final String secret;
    private final String uri;
    private final Duration maxAge;
    private final Clock clock;

    HubSpotSignature(String secret, String uri, Duration maxAge, Clock clock) {
        this.secret = secret;
        this.uri = uri;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /** Why the request is refused, or null when it is HubSpot's and fresh. */
    String refusal(String method, String body, String signature, String timestamp) {
        if (secret == null || secret.isBlank() || uri == null || uri.isBlank()) {
            return "the HubSpot adapter has no client secret or webhook URL configured";
        }
        if (signature == null || timestamp == null) {
            return SIGNATURE + " and " + TIMESTAMP + " are required";
        }
        long millis;
        try {
            millis = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return TIMESTAMP + " is not epoch milliseconds";
        }
        Duration age = Duration.between(Instant.ofEpochMilli(millis), clock.instant());
        if (age.compareTo(maxAge) > 0 || age.negated().compareTo(maxAge) > 0) {
            return TIMESTAMP + " is older than " + maxAge.toMinutes() + " minutes (or in the future)";
        }
        byte[] expected = sign(secret, method + uri + body + timestamp.strip());
        byte[] given;
        try {
            given = Base64.getDecoder().decode(signature.strip());
        } catch (IllegalArgumentException e) {
            return SIGNATURE + " is not base64";
        }
        return MessageDigest.isEqual(expected, given) ? null : SIGNATURE + " does not match";
    }

    static byte[] sign(String secret, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
