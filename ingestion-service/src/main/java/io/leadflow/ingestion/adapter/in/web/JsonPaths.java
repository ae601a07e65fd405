package io.leadflow.ingestion.adapter.in.web;

import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;

/** The dotted path of the JSON field a Jackson error points at, like {@code company.employees} or {@code batch[3]}. */
final class JsonPaths {

    private JsonPaths() {}

    static String of(JacksonException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining());
        if (path.startsWith(".")) {
            path = path.substring(1);
        }
        return path.isEmpty() ? "body" : path;
    }
}
