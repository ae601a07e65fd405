package io.leadflow.scoring.domain.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How a rule reads an event's properties, whatever tool sent them: names are compared without case and without
 * separators ({@code content_type}, {@code contentType} and {@code Content-Type} are one name), and text values
 * without case, with runs of spaces, underscores and hyphens read as one hyphen ({@code case_study},
 * {@code Case Study} and {@code case-study} are one value). Segment's SDKs send snake_case, form tools often
 * camelCase; a rule written either way fires for both. Documented in docs/scoring.md.
 */
public final class PropertyValues {

    private static final Pattern NAME_SEPARATORS = Pattern.compile("[\\s_-]+");
    private static final Pattern VALUE_SEPARATORS = Pattern.compile("[\\s_-]+");

    private PropertyValues() {}

    /** The form a property name is compared in: {@code content_type} → {@code contenttype}. */
    public static String name(String name) {
        return NAME_SEPARATORS.matcher(name.trim()).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The form a text value is compared in: {@code Case_Study} → {@code case-study}. */
    public static String value(String value) {
        return VALUE_SEPARATORS.matcher(value.trim().toLowerCase(Locale.ROOT)).replaceAll("-");
    }

    /** An event's properties keyed by their compared names (the first of two names that read alike wins). */
    public static Map<String, String> byName(Map<String, String> properties) {
        Map<String, String> byName = new HashMap<>(properties.size() * 2);
        properties.forEach((name, value) -> byName.putIfAbsent(name(name), value));
        return byName;
    }
}
