package io.leadflow.gateway.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of a key: {@code lf_<16 hex id>_<43 characters of base64url secret>}, 256 random bits of
 * secret. High entropy makes a plain SHA-256 a safe way to store it (no password-stretching needed); the id
 * in the key finds the stored hash without scanning.
 */
public final class ApiKeySecrets {

    private static final Pattern SHAPE = Pattern.compile("lf_([0-9a-f]{16})_([A-Za-z0-9_-]{43})");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeySecrets() {}

    /** A freshly minted key. */
    public record Minted(String id, String key, byte[] sha256) {}

    public static Minted mint() {
        byte[] id = new byte[8];
        byte[] secret = new byte[32];
        RANDOM.nextBytes(id);
        RANDOM.nextBytes(secret);
        String keyId = HexFormat.of().formatHex(id);
        String key =
                "lf_" + keyId + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new Minted(keyId, key, sha256(key));
    }

    /** The key id inside something that looks like a key, if it does. */
    public static Optional<String> idOf(String candidate) {
        Matcher matcher = SHAPE.matcher(candidate);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    public static boolean matches(String candidate, byte[] storedSha256) {
        return MessageDigest.isEqual(sha256(candidate), storedSha256);
    }

    static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
