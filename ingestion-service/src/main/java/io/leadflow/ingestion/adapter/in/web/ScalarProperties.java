package io.leadflow.ingestion.adapter.in.web;

import io.leadflow.kernel.InvalidValueException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Free properties of a web body: scalar values only (strings, numbers, booleans), stored as text; nulls dropped. */
final class ScalarProperties {

    private ScalarProperties() {}

    /** @throws InvalidValueException naming {@code field.key} for a nested object or list */
    static Map<String, String> flat(Map<String, Object> raw, String field) {
        if (raw == null) {
            return Map.of();
        }
        Map<String, String> flat = new LinkedHashMap<>();
        raw.forEach((key, value) -> {
            if (value instanceof Map<?, ?> || value instanceof Iterable<?>) {
                throw new InvalidValueException(
                        field + "." + key,
                        field + ".scalar",
                        "property '" + key + "' must be a string, number or boolean");
            }
            if (value != null) {
                flat.put(key, String.valueOf(value));
            }
        });
        return flat;
    }
}
