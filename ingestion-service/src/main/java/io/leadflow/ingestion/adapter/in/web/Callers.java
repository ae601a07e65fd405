package io.leadflow.ingestion.adapter.in.web;

import io.leadflow.kernel.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The correlation id and event ids derived from idempotency keys. A key is
 * scoped by the caller, so two sources that happen to use the same key never collide.
 */
final class Callers {

    static final String CORRELATION = "X-Correlation-Id";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final int MAX_KEY = 255;

    private Callers() {}

    static String correlation(String header) {
        return header != null && !header.isBlank() && header.length() <= 200 && header.indexOf('\0') < 0
                ? header
                : UUID.randomUUID().toString();
    }

    /** The event id a key stands for: the same caller and key give the same id, and so the first answer. */
    static UUID derivedEventId(String scope, String caller, String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        if (key.length() > MAX_KEY || key.indexOf('\0') >= 0) {
            throw new InvalidValueException(
                    IDEMPOTENCY_KEY,
                    "idempotencyKey.format",
                    "an idempotency key is 1 to " + MAX_KEY + " printable characters");
        }
        return UUID.nameUUIDFromBytes((scope + "|" + caller + "|" + key).getBytes(StandardCharsets.UTF_8));
    }
}
