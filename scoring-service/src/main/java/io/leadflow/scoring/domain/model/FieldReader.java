package io.leadflow.scoring.domain.model;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the scalar fields of a model document (objects, lists, texts, numbers, flags, day counts): each reader
 * records a violation at the field's path and returns null when the value is unusable, so one pass over a document
 * names every violation in it.
 */
final class FieldReader {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final int MAX_TEXT = 500;
    private static final long MAX_POINTS = 100_000;

    private final List<ModelViolation> violations = new ArrayList<>();

    List<ModelViolation> violations() {
        return List.copyOf(violations);
    }

    int violationCount() {
        return violations.size();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> map(Object value, String path, boolean required) {
        if (value == null) {
            if (required) {
                fail(path, path.isEmpty() ? "document.object" : "required", "an object is required here");
            }
            return null;
        }
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        fail(path, "type.object", "an object is expected here");
        return null;
    }

    Map<String, Object> map(Object value, String path) {
        return map(value, path, true);
    }

    @SuppressWarnings("unchecked")
    List<Object> list(Object value, String path) {
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> list) {
            if (list.size() > 1000) {
                fail(path, "list.size", "at most 1000 entries");
                return null;
            }
            return (List<Object>) list;
        }
        fail(path, "type.list", "a list is expected here");
        return null;
    }

    void keys(Map<String, Object> map, Set<String> allowed, String prefix) {
        for (String key : map.keySet()) {
            if (!allowed.contains(key)) {
                fail(
                        prefix + key,
                        "field.unknown",
                        "unknown field; allowed here: "
                                + allowed.stream().sorted().toList());
            }
        }
    }

    String text(Object value, String path, boolean required) {
        if (value == null) {
            if (required) {
                fail(path, "required", path + " is required");
            }
            return null;
        }
        if (!(value instanceof String text)) {
            fail(path, "type.text", "a text is expected here");
            return null;
        }
        if (text.isBlank() && required) {
            fail(path, "required", path + " is required");
            return null;
        }
        if (text.length() > MAX_TEXT || text.indexOf('\0') >= 0) {
            fail(path, "text.invalid", "at most " + MAX_TEXT + " characters, no NUL");
            return null;
        }
        return text;
    }

    String scalarText(Object value, String path) {
        if (value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        return text(value, path, true);
    }

    String slug(Object value, String path) {
        String text = text(value, path, true);
        if (text != null && !SLUG.matcher(text).matches()) {
            fail(path, "slug", "lower-case letters, digits and dashes, at most 64");
            return null;
        }
        return text;
    }

    Integer integer(Object value, String path, boolean required) {
        if (value == null) {
            if (required) {
                fail(path, "required", path + " is required");
            }
            return null;
        }
        BigDecimal number = decimalOf(value);
        if (number == null
                || number.stripTrailingZeros().scale() > 0
                || number.abs().compareTo(BigDecimal.valueOf(MAX_POINTS)) > 0) {
            fail(path, "type.integer", "a whole number within +-" + MAX_POINTS + " is expected here");
            return null;
        }
        return number.intValue();
    }

    BigDecimal decimal(Object value, String path) {
        if (value == null) {
            return null;
        }
        BigDecimal number = decimalOf(value);
        if (number != null) {
            if (number.abs().compareTo(BigDecimal.valueOf(1_000_000_000_000_000L)) <= 0) {
                return number;
            }
        }
        fail(path, "type.number", "a number within +-10^18 is expected here");
        return null;
    }

    /** The number, or null for anything else (text, NaN, infinities). */
    private static BigDecimal decimalOf(Object value) {
        if (!(value instanceof Number n)) {
            return null;
        }
        try {
            return new BigDecimal(n.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    Boolean bool(Object value, String path) {
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        fail(path, "type.boolean", "true or false is expected here");
        return null;
    }

    Duration days(Object value, String path) {
        Integer days = integer(value, path, false);
        if (days == null) {
            return null;
        }
        if (days < 0 || days > 36_500) {
            fail(path, "days.range", "0 to 36500 days");
            return null;
        }
        return Duration.ofDays(days);
    }

    void fail(String field, String rule, String detail) {
        violations.add(new ModelViolation(field, rule, detail));
    }
}
