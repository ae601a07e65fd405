package io.leadflow.console.application.port.in;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** How the list filters read what a person typed: blank is unset, surrounding spaces do not count. */
final class Filters {

    private Filters() {}

    static @Nullable String text(@Nullable String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    static int page(@Nullable String typed) {
        if (typed == null || !typed.strip().matches("\\d{1,6}")) {
            return 0;
        }
        return Integer.parseInt(typed.strip());
    }

    static void put(Map<String, String> parameters, String name, @Nullable String value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }
}
