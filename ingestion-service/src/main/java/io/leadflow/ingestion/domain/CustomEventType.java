package io.leadflow.ingestion.domain;

import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.InvalidValueException;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An engagement type an admin registered beyond the kernel's list (say {@code podcast_listened}). Names are stored in
 * lower snake case, so "Podcast Listened" and "podcast-listened" are the same type, and may not shadow a kernel type.
 */
public record CustomEventType(String name, String description, Instant registeredAt, String registeredBy) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{1,62}");

    public CustomEventType {
        name = normalise(name);
        if (!NAME.matcher(name).matches()) {
            throw new InvalidValueException(
                    "name",
                    "name.format",
                    "a type name is 2 to 63 letters, digits or underscores starting with a letter, got '" + name + "'");
        }
        for (EngagementType kernel : EngagementType.values()) {
            if (kernel.name().toLowerCase(Locale.ROOT).equals(name)) {
                throw new InvalidValueException("name", "name.reserved", "'" + name + "' is a built-in type");
            }
        }
        if (description != null && description.length() > 500) {
            throw new InvalidValueException("description", "description.length", "description is longer than 500");
        }
        if (registeredAt == null || registeredBy == null) {
            throw new IllegalArgumentException("a custom type records when and by whom it was registered");
        }
    }

    /** The one spelling of a type name: trimmed, lower case, dashes and spaces as underscores. */
    public static String normalise(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("name", "name.required", "a type name is required");
        }
        return text.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    }
}
