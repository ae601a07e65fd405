package io.leadflow.ingestion.application.service;

import io.leadflow.ingestion.application.port.out.EventTypeRegistry;
import io.leadflow.ingestion.domain.CustomEventType;
import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Resolves what a sender calls a type: a kernel type first, then a custom type an admin registered. */
final class EngagementTypes {

    record Resolved(EngagementType type, String customType) {}

    private final EventTypeRegistry registry;

    EngagementTypes(EventTypeRegistry registry) {
        this.registry = registry;
    }

    /** The types known now; read once per request, not once per event. */
    Catalogue catalogue() {
        return new Catalogue(registry);
    }

    static final class Catalogue {

        private final EventTypeRegistry registry;
        private Set<String> custom;

        private Catalogue(EventTypeRegistry registry) {
            this.registry = registry;
        }

        Resolved resolve(String text) {
            String name;
            try {
                name = CustomEventType.normalise(text);
            } catch (InvalidValueException e) {
                throw new InvalidValueException("type", "type.required", "type is required");
            }
            for (EngagementType kernel : EngagementType.values()) {
                if (kernel != EngagementType.CUSTOM
                        && kernel.name().toLowerCase(Locale.ROOT).equals(name)) {
                    return new Resolved(kernel, null);
                }
            }
            if (custom == null) {
                custom = registry.names();
            }
            if (custom.contains(name)) {
                return new Resolved(EngagementType.CUSTOM, name);
            }
            Set<String> known = new TreeSet<>(custom);
            String builtIn = Arrays.stream(EngagementType.values())
                    .filter(t -> t != EngagementType.CUSTOM)
                    .map(t -> t.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
            throw new InvalidValueException(
                    "type",
                    "type.unknown",
                    "unknown type '" + abbreviated(text) + "'; allowed: " + builtIn
                            + (known.isEmpty() ? "" : ", " + String.join(", ", known)));
        }

        private static String abbreviated(String text) {
            return text.length() <= 60 ? text : text.substring(0, 60) + "...";
        }
    }
}
