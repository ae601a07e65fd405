package io.leadflow.handoff.application.port.in;

import io.leadflow.kernel.InvalidValueException;

/** The checks the commands share, so each rule is phrased once. */
final class Commands {

    private Commands() {}

    static void require(Object value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, field + ".required", field + " is required");
        }
    }

    static String limited(String text, String field, int max) {
        if (text != null && text.length() > max) {
            throw new InvalidValueException(field, field + ".length", field + " is longer than " + max);
        }
        // PostgreSQL cannot store NUL in text, and it never means anything in a name or a note
        if (text != null && text.indexOf('\0') >= 0) {
            throw new InvalidValueException(field, "text.nul", field + " contains a NUL character");
        }
        return text;
    }
}
