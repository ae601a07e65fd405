package io.leadflow.support.web;

import java.util.Optional;
import tools.jackson.core.JacksonException;

/** The dotted path of the JSON field a Jackson error points at, like {@code company.employees} or {@code batch[3]}. */
public final class JsonPaths {

    private JsonPaths() {}

    /** The path of the field this error points at, or {@code body} when it points at none. */
    public static String of(JacksonException e) {
        return path(e).orElse("body");
    }

    /** The path of the first Jackson error in this chain of causes that points at a field. */
    public static Optional<String> find(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson) {
                Optional<String> path = path(jackson);
                if (path.isPresent()) {
                    return path;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? Optional.empty() : Optional.of(path.toString());
    }
}
