package io.leadflow.ingestion.application.port.in;

import io.leadflow.kernel.InvalidValueException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** Parses the values that arrive as text (JSON strings, CSV cells), naming the field of the first one that fails. */
public final class TextFields {

    private TextFields() {}

    public static UUID uuid(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(
                    field, field + ".format", field + " must be a UUID, got '" + abbreviated(text) + "'");
        }
    }

    /** An ISO-8601 instant with a zone ({@code Z} or an offset, with or without fractions); null stays null. */
    public static Instant instant(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException again) {
                throw new InvalidValueException(
                        field,
                        field + ".format",
                        field + " must be an ISO-8601 instant like 2026-11-02T09:30:00Z, got '" + abbreviated(text)
                                + "'");
            }
        }
    }

    public static String abbreviated(String text) {
        String printable = text.replace('\0', '?');
        return printable.length() <= 60 ? printable : printable.substring(0, 60) + "...";
    }
}
