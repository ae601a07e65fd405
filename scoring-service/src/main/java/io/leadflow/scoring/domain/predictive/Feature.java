package io.leadflow.scoring.domain.predictive;

import io.leadflow.kernel.EngagementType;
import java.util.Locale;

/**
 * One column of a predictive model: where its number comes from in a {@link LeadSnapshot} and how a person reads it.
 *
 * @param kind what the number is
 * @param name the profile attribute for {@code NUMBER} and {@code CATEGORY}, the engagement type for {@code COUNT} and
 *     {@code DAYS_SINCE}, {@code segment}, {@code channel} or {@code campaign} for the first touch's categories
 * @param value the category's value (lower case) for {@code CATEGORY}; else {@code null}
 */
public record Feature(Kind kind, String name, String value) {

    /** What a feature measures. */
    public enum Kind {
        /** a profile attribute read as a number (company size, revenue) */
        NUMBER,
        /** 1 when the attribute (profile, segment, first touch) has this value, 0 when another, missing when none */
        CATEGORY,
        /** how many engagements of the type */
        COUNT,
        /** days since the latest engagement of the type; missing when never */
        DAYS_SINCE,
        /** hours from MQL to acceptance by sales; missing when not known */
        RESPONSE_HOURS
    }

    /** A stable key: {@code count:PRICING_PAGE_VISITED}, {@code category:seniority=vp}. */
    public String key() {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + name + (value == null ? "" : "=" + value);
    }

    /** The number this feature takes for the lead; NaN when unknown (the trees learn where unknowns go). */
    public float read(LeadSnapshot lead) {
        return switch (kind) {
            case NUMBER -> number(lead.profile().get(name));
            case CATEGORY -> {
                String actual = normalise(category(lead));
                yield actual == null ? Float.NaN : actual.equals(value) ? 1f : 0f;
            }
            case COUNT -> lead.counts().getOrDefault(EngagementType.valueOf(name), 0);
            case DAYS_SINCE -> {
                Double days = lead.daysSinceLast().get(EngagementType.valueOf(name));
                yield days == null ? Float.NaN : days.floatValue();
            }
            case RESPONSE_HOURS ->
                lead.responseHours() == null ? Float.NaN : lead.responseHours().floatValue();
        };
    }

    /** The lead's raw value for a category attribute, before normalising. */
    String category(LeadSnapshot lead) {
        return switch (name) {
            case "segment" -> lead.segment();
            case "channel" ->
                lead.firstTouch() == null ? null : lead.firstTouch().channel().name();
            case "campaign" ->
                lead.firstTouch() == null ? null : lead.firstTouch().campaign();
            default -> lead.profile().get(name);
        };
    }

    /** How a person reads the feature with the lead's number: "Pricing page visited 3 times". */
    public String describe(float number) {
        String subject = label();
        if (Float.isNaN(number)) {
            return subject + " unknown";
        }
        return switch (kind) {
            case NUMBER -> subject + " " + format(number);
            case CATEGORY -> subject + (number >= 0.5f ? " is " : " is not ") + value;
            case COUNT -> subject + " " + format(number) + (number == 1f ? " time" : " times");
            case DAYS_SINCE -> subject + " " + format(number) + " days ago";
            case RESPONSE_HOURS -> subject + " " + format(number) + " hours";
        };
    }

    private String label() {
        return switch (kind) {
            case NUMBER, CATEGORY ->
                switch (name) {
                    case "channel" -> "First touch channel";
                    case "campaign" -> "First touch campaign";
                    case "segment" -> "Segment";
                    default -> "Profile " + name;
                };
            case COUNT -> readable(name);
            case DAYS_SINCE -> "Last " + readable(name).toLowerCase(Locale.ROOT);
            case RESPONSE_HOURS -> "Time from MQL to acceptance";
        };
    }

    private static String readable(String type) {
        String words = type.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String format(float number) {
        return number == Math.rint(number) ? Long.toString((long) number) : String.format(Locale.ROOT, "%.1f", number);
    }

    static String normalise(String text) {
        return text == null || text.isBlank() ? null : text.trim().toLowerCase(Locale.ROOT);
    }

    private static float number(String text) {
        if (text == null || text.isBlank()) {
            return Float.NaN;
        }
        try {
            float value = Float.parseFloat(text.trim().replace(",", "").replace("_", ""));
            // a value too large for a float (or "Infinity") is as good as unknown; the trees refuse infinities
            return Float.isFinite(value) ? value : Float.NaN;
        } catch (NumberFormatException e) {
            return Float.NaN;
        }
    }
}
