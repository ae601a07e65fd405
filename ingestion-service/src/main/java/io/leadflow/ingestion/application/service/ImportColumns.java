package io.leadflow.ingestion.application.service;

import io.leadflow.ingestion.domain.ImportKind;
import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.event.ProfileAttributes;
import java.util.List;
import java.util.Set;

/** The columns an import file of each kind may have, and the ones it must have. */
final class ImportColumns {

    static final Set<String> PROFILE = ProfileAttributes.SETTABLE;
    static final Set<String> EVENT =
            Set.of("eventId", "type", "occurredAt", "email", "anonymousId", "channel", "source", "campaign");

    private ImportColumns() {}

    static void check(ImportKind kind, List<String> header) {
        for (String column : header) {
            boolean known = switch (kind) {
                case CONTACTS ->
                    column.equals("email")
                            || column.equals("anonymousId")
                            || PROFILE.contains(column)
                            || prefixed(column, "consent.")
                            || prefixed(column, "custom.");
                case EVENTS -> EVENT.contains(column) || prefixed(column, "properties.");
            };
            if (!known) {
                throw broken("unknown column '" + column + "'; allowed: " + allowed(kind));
            }
        }
        switch (kind) {
            case CONTACTS -> {
                if (!header.contains("email")) {
                    throw broken("a contacts file needs an 'email' column");
                }
            }
            case EVENTS -> {
                if (!header.contains("type") || !header.contains("occurredAt")) {
                    throw broken("an events file needs 'type' and 'occurredAt' columns");
                }
                if (!header.contains("email") && !header.contains("anonymousId")) {
                    throw broken("an events file needs an 'email' or an 'anonymousId' column");
                }
            }
        }
    }

    private static boolean prefixed(String column, String prefix) {
        return column.startsWith(prefix) && column.length() > prefix.length();
    }

    private static String allowed(ImportKind kind) {
        return switch (kind) {
            case CONTACTS ->
                "email, anonymousId, "
                        + String.join(", ", PROFILE.stream().sorted().toList()) + ", consent.<name>, custom.<name>";
            case EVENTS -> String.join(", ", EVENT.stream().sorted().toList()) + ", properties.<name>";
        };
    }

    private static InvalidValueException broken(String why) {
        return new InvalidValueException("file", "csv.header", "the header row is broken: " + why);
    }
}
