package io.leadflow.nurturing.domain;

import io.leadflow.kernel.InvalidValueException;
import java.util.function.Supplier;

/** Checks for marketing's free texts, and field names of list items (e.g. {@code steps[2].delay}). */
final class Texts {

    private Texts() {}

    static String required(String value, String field, String rule, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, rule + ".required", field + " is required");
        }
        return optional(value, field, rule, max);
    }

    static String optional(String value, String field, String rule, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw new InvalidValueException(field, rule + ".length", field + " is at most " + max + " characters");
        }
        if (value.indexOf('\0') >= 0) {
            throw new InvalidValueException(field, rule + ".characters", field + " must not contain NUL characters");
        }
        return value.strip();
    }

    /** Builds item {@code index} of list {@code list}, naming the item in any rule it breaks. */
    static <T> T item(String list, int index, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidValueException e) {
            throw new InvalidValueException(list + "[" + index + "]." + e.field(), e.rule(), e.getMessage());
        }
    }
}
