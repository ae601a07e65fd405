package io.leadflow.handoff.application.port.in;

import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.InvalidValueException;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** The checks the commands share, so each rule is phrased once. */
final class Commands {

    private static final int MAX_CONDITIONS = 500;

    private Commands() {}

    static void require(Object value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, field + ".required", field + " is required");
        }
    }

    static String limited(String text, String field, int max) {
        if (text != null && text.length() > max) {
            throw new InvalidValueException(field, field + ".length", field + " is longer than " + max);
        }
        // PostgreSQL cannot store NUL in text, and it never means anything in a name or a note
        if (text != null && text.indexOf('\0') >= 0) {
            throw new InvalidValueException(field, "text.nul", field + " contains a NUL character");
        }
        return text;
    }

    /** A team's name: required, at most 200 characters, stripped. */
    static String teamName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("name", "name.required", "a team's name is required");
        }
        return limited(name.strip(), "name", 200);
    }

    static void teamManager(EmailAddress manager) {
        if (manager == null) {
            throw new InvalidValueException("manager", "manager.required", "a team's manager (e-mail) is required");
        }
    }

    /** The values of one condition (segments, countries ...): at most 500, nulls dropped; null stays null. */
    static Set<String> conditions(Set<String> values) {
        if (values == null) {
            return null;
        }
        if (values.size() > MAX_CONDITIONS) {
            throw new InvalidValueException("conditions", "conditions.size", "at most 500 values per condition");
        }
        return values.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
    }
}
