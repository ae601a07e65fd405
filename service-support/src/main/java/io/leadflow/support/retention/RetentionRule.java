package io.leadflow.support.retention;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One kind of data and how long it is kept: the rows of {@code table} whose {@code timeColumn} is older than
 * {@code keep} (and that meet {@code condition}, an SQL predicate on the table's columns, if given) are deleted, or, when
 * {@code clear} names columns, keep their row and lose those columns' values (a rejected lead's note goes, the rejection
 * stays). Table and column names are checked to be plain identifiers; the condition is configuration written by the
 * people who run the service, never request input.
 */
public record RetentionRule(
        String table,
        String timeColumn,
        Duration keep,
        String condition,
        @DefaultValue List<String> clear,
        @DefaultValue("true") boolean enabled) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public RetentionRule {
        identifier("table", table);
        identifier("time-column", timeColumn);
        clear = clear == null ? List.of() : List.copyOf(clear);
        clear.forEach(column -> identifier("clear", column));
        if (keep == null || keep.isNegative() || keep.isZero()) {
            throw new IllegalArgumentException("leadflow.retention: keep of " + table + " must be a positive duration");
        }
        if (condition != null && (condition.isBlank() || condition.contains(";"))) {
            throw new IllegalArgumentException("leadflow.retention: condition of " + table + " must be one predicate");
        }
    }

    private static void identifier(String what, String value) {
        if (value == null || !IDENTIFIER.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "leadflow.retention: " + what + " must be a lower-case SQL identifier, got '" + value + "'");
        }
    }
}
