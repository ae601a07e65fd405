package io.leadflow.scoring.application.port.in;

import io.leadflow.kernel.InvalidValueException;

/** The null checks every command makes, naming the missing field. */
final class Require {

    private Require() {}

    static void present(Object value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, field + ".required", field + " is required");
        }
    }

    static void text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, field + ".required", field + " is required");
        }
    }
}
