package io.leadflow.handoff.domain;

import io.leadflow.kernel.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads one of the domain's lists from what callers send ("no-budget", "No Budget"), refusing others by field. */
final class Choices {

    private Choices() {}

    static <E extends Enum<E>> E parse(Class<E> type, String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException(field, field + ".required", field + " is required");
        }
        String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        throw new InvalidValueException(field, field + ".unknown", "unknown " + field + "; allowed: " + allowed);
    }
}
