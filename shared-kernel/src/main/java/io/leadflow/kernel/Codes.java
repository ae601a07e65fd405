package io.leadflow.kernel;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parses the kernel's enumerations from what callers send ("demo_requested", "Demo-Requested"), one way for all. */
final class Codes {

    private Codes() {}

    static <E extends Enum<E>> E parse(Class<E> type, String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException(field, field + ".required", field + " is required");
        }
        String name = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw new InvalidValueException(
                field, field + ".unknown", "unknown " + field + " '" + text + "'; allowed: " + allowed(type));
    }

    static <E extends Enum<E>> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }
}
