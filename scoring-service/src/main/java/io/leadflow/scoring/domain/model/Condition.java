package io.leadflow.scoring.domain.model;

import com.google.re2j.Pattern;
import io.leadflow.scoring.domain.LeadFacts;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One test on one attribute of a lead (or of an event's properties). Text comparisons ignore case; a range reads the
 * value as a number, both ends inclusive, either end optional; an absent or blank attribute fails every test (and so
 * passes every negated one).
 *
 * @param negate whether the test is inverted (e.g. "title does not match")
 */
public record Condition(
        String attribute,
        Operator operator,
        Set<String> values,
        Pattern pattern,
        BigDecimal min,
        BigDecimal max,
        boolean negate) {

    public Condition {
        values = values == null ? Set.of() : Set.copyOf(values);
    }

    /** Whether the attribute, looked up by name, passes. */
    public boolean test(Function<String, String> lookup) {
        return negate != holds(lookup.apply(attribute));
    }

    /**
     * Whether an event's property passes, looked up among properties keyed by {@link PropertyValues#name}; text
     * values are compared in {@link PropertyValues#value} form, so {@code case_study} equals {@code case-study}.
     */
    public boolean testProperty(Map<String, String> propertiesByName) {
        return negate != holdsProperty(propertiesByName.get(PropertyValues.name(attribute)));
    }

    private boolean holdsProperty(String raw) {
        if (raw == null || raw.isBlank()) {
            return false;
        }
        String value = PropertyValues.value(raw);
        return switch (operator) {
            case EQUALS, ONE_OF -> values.stream().map(PropertyValues::value).anyMatch(value::equals);
            case CONTAINS -> values.stream().map(PropertyValues::value).anyMatch(value::contains);
            case PRESENT, MATCHES, RANGE -> holds(raw);
        };
    }

    private boolean holds(String raw) {
        if (raw == null || raw.isBlank()) {
            return false;
        }
        String value = raw.trim().toLowerCase(Locale.ROOT);
        return switch (operator) {
            case PRESENT -> true;
            case EQUALS, ONE_OF -> values.contains(value);
            case CONTAINS -> values.stream().anyMatch(value::contains);
            case MATCHES -> pattern.matcher(raw.trim()).matches();
            case RANGE -> inRange(value);
        };
    }

    private boolean inRange(String value) {
        BigDecimal number;
        try {
            number = new BigDecimal(value.replace(",", "").replace("_", ""));
        } catch (NumberFormatException e) {
            return false;
        }
        return (min == null || number.compareTo(min) >= 0) && (max == null || number.compareTo(max) <= 0);
    }

    /** The predictive model whose likelihood the condition reads ({@code likelihood.<model>}), or null. */
    public String likelihoodModel() {
        return attribute.startsWith(LeadFacts.LIKELIHOOD) ? attribute.substring(LeadFacts.LIKELIHOOD.length()) : null;
    }

    /**
     * How a likelihood condition reads for one lead: "likelihood 64 % (win-rate v3) ≥ 60 %", "... not ≥ 60 %", or why
     * the lead has none and the condition is false.
     */
    public String explainLikelihood(LeadFacts facts) {
        String model = likelihoodModel();
        String bound = min != null && max != null
                ? "within " + min.toPlainString() + ".." + max.toPlainString() + " %"
                : min != null ? "≥ " + min.toPlainString() + " %" : "≤ " + max.toPlainString() + " %";
        if (!facts.likelihoods().has(model)) {
            return facts.likelihoods().describe(model) + ", so " + (negate ? "not " : "") + bound + " is false";
        }
        boolean holds = test(facts::get);
        return facts.likelihoods().describe(model) + " " + (negate == holds ? "not " : "") + bound;
    }

    /** How the condition reads in an explanation: "company.employees 200..", "jobTitle ~ (?i).*manager.*". */
    public String describe() {
        String text = switch (operator) {
            case PRESENT -> attribute + " present";
            case EQUALS, ONE_OF -> attribute + " in " + values.stream().sorted().toList();
            case CONTAINS -> attribute + " contains " + values.stream().sorted().toList();
            case MATCHES -> attribute + " ~ " + pattern.pattern();
            case RANGE ->
                attribute + " " + (min == null ? "" : min.toPlainString()) + ".."
                        + (max == null ? "" : max.toPlainString());
        };
        return negate ? "not " + text : text;
    }
}
