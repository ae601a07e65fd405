package io.leadflow.ingestion.application.port.in;

import io.leadflow.kernel.InvalidValueException;

/** The rules every text from outside obeys: present where required, not overlong, no NUL character. */
public final class Texts {

    private Texts() {}

    public static void require(Object value, String field) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new InvalidValueException(field, field + ".required", field + " is required");
        }
    }

    public static String limited(String text, String field, int max) {
        if (text != null && text.length() > max) {
            throw new InvalidValueException(field, "text.length", field + " is longer than " + max + " characters");
        }
        return printable(text, field);
    }

    /** NUL cannot be stored (PostgreSQL refuses it in text and JSON) and never means anything in marketing data. */
    public static String printable(String text, String field) {
        if (text != null && text.indexOf('\0') >= 0) {
            throw new InvalidValueException(field, "text.nul", field + " contains a NUL character");
        }
        return text;
    }
}
