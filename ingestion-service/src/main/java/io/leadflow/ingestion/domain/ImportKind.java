package io.leadflow.ingestion.domain;

import io.leadflow.kernel.InvalidValueException;
import java.util.Locale;

/** What a CSV import holds: one contact profile per row, or one engagement event per row. */
public enum ImportKind {
    CONTACTS,
    EVENTS;

    public static ImportKind parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("kind", "kind.required", "kind is required: contacts or events");
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(
                    "kind", "kind.unknown", "unknown kind '" + text + "'; allowed: contacts, events");
        }
    }
}
