package io.leadflow.handoff.adapter.out.persistence;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps webhook signing secrets encrypted at rest (AES-256-GCM, a random nonce per value) under the key in
 * {@code leadflow.webhooks.secret-key} ({@code LEADFLOW_WEBHOOKS_SECRET_KEY}, the base64 of 32 bytes). Outside a local
 * run ({@code leadflow.local-run}, set by the local launcher) the service does not start without the key; in a local
 * run without one, secrets are stored as they are. A stored value that is not marked encrypted is read as it is, so
 * secrets stored before a key was configured keep signing.
 */
final class SecretCipher {

    static final String MARK = "aesgcm:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random;

    SecretCipher(String base64Key, boolean localRun, SecureRandom random) {
        this.random = random;
        if (base64Key == null || base64Key.isBlank()) {
            if (!localRun) {
                throw new IllegalStateException(
                        "LEADFLOW_WEBHOOKS_SECRET_KEY (leadflow.webhooks.secret-key) is not set:"
                                + " the key that encrypts the webhook signing secrets at rest is required outside a local run;"
                                + " create one with: openssl rand -base64 32");
            }
            this.key = null;
            return;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("leadflow.webhooks.secret-key is not base64", e);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(
                    "leadflow.webhooks.secret-key must be 32 bytes in base64, it is " + bytes.length + " bytes");
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    String seal(String secret) {
        if (key == null) {
            return secret;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, nonce, secret.getBytes(StandardCharsets.UTF_8));
        byte[] stored = new byte[NONCE_BYTES + sealed.length];
        System.arraycopy(nonce, 0, stored, 0, NONCE_BYTES);
        System.arraycopy(sealed, 0, stored, NONCE_BYTES, sealed.length);
        return MARK + Base64.getEncoder().encodeToString(stored);
    }

    String open(String stored) {
        if (!stored.startsWith(MARK)) {
            return stored;
        }
        if (key == null) {
            throw new IllegalStateException(
                    "a webhook secret is encrypted but leadflow.webhooks.secret-key is not set");
        }
        byte[] bytes = Base64.getDecoder().decode(stored.substring(MARK.length()));
        byte[] nonce = java.util.Arrays.copyOf(bytes, NONCE_BYTES);
        byte[] sealed = java.util.Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length);
        return new String(run(Cipher.DECRYPT_MODE, nonce, sealed), StandardCharsets.UTF_8);
    }

    private byte[] run(int mode, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "a webhook secret could not be "
                            + (mode == Cipher.ENCRYPT_MODE
                                    ? "encrypted"
                                    : "decrypted (is leadflow.webhooks.secret-key the key it was stored with?)"),
                    e);
        }
    }
}
