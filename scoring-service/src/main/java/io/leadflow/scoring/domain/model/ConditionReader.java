package io.leadflow.scoring.domain.model;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.leadflow.scoring.domain.LeadFacts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the conditions of a model document, on a lead's attributes (segment filters, profile rules) or on an
 * event's properties, recording every violation at its place ({@code rules[3].condition.pattern}) through the
 * document's {@link FieldReader}; a condition with any violation is left out (null).
 */
final class ConditionReader {

    private static final Set<String> CONDITION_KEYS =
            Set.of("attribute", "op", "value", "values", "pattern", "min", "max", "not");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final java.util.regex.Pattern PREDICTIVE_MODEL =
            java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private final FieldReader fields;

    ConditionReader(FieldReader fields) {
        this.fields = fields;
    }

    List<Condition> conditions(Object value, String path) {
        List<Condition> conditions = new ArrayList<>();
        List<Object> list = fields.list(value, path);
        for (int i = 0; list != null && i < list.size(); i++) {
            Condition condition = condition(list.get(i), path + "[" + i + "]");
            if (condition != null) {
                conditions.add(condition);
            }
        }
        return conditions;
    }

    Condition condition(Object value, String path) {
        return condition(value, path, true);
    }

    Condition condition(Object value, String path, boolean leadAttribute) {
        Map<String, Object> condition = fields.map(value, path);
        if (condition == null) {
            return null;
        }
        int before = fields.violationCount();
        fields.keys(condition, CONDITION_KEYS, path + ".");
        String attribute = fields.text(condition.get("attribute"), path + ".attribute", true);
        boolean likelihood = attribute != null && leadAttribute && attribute.startsWith(LeadFacts.LIKELIHOOD);
        if (likelihood
                && !PREDICTIVE_MODEL
                        .matcher(attribute.substring(LeadFacts.LIKELIHOOD.length()))
                        .matches()) {
            fields.fail(
                    path + ".attribute",
                    "attribute.unknown",
                    "likelihood.<model> names a predictive model: 1-63 lower-case letters, digits and dashes");
        } else if (attribute != null && leadAttribute && !likelihood && !Attributes.isKnown(attribute)) {
            fields.fail(
                    path + ".attribute",
                    "attribute.unknown",
                    "unknown attribute " + attribute + "; known: "
                            + Attributes.KNOWN.stream().sorted().toList() + " and custom.*");
        }
        String opText = fields.text(condition.get("op"), path + ".op", true);
        Operator op = null;
        if (opText != null) {
            op = switch (opText.trim().toLowerCase(Locale.ROOT).replace("_", "").replace("-", "")) {
                case "equals", "eq" -> Operator.EQUALS;
                case "oneof", "in" -> Operator.ONE_OF;
                case "contains" -> Operator.CONTAINS;
                case "matches", "regex" -> Operator.MATCHES;
                case "range", "between" -> Operator.RANGE;
                case "present", "ispresent" -> Operator.PRESENT;
                default -> {
                    fields.fail(
                            path + ".op",
                            "op.unknown",
                            "op is one of equals, oneOf, contains, matches, range, present");
                    yield null;
                }
            };
        }
        Boolean not = fields.bool(condition.get("not"), path + ".not");
        Set<String> values = new LinkedHashSet<>();
        Pattern pattern = null;
        BigDecimal min = null;
        BigDecimal max = null;
        if (op == Operator.EQUALS || op == Operator.CONTAINS || op == Operator.ONE_OF) {
            if (condition.containsKey("value")) {
                String v = fields.scalarText(condition.get("value"), path + ".value");
                if (v != null) {
                    values.add(v.trim().toLowerCase(Locale.ROOT));
                }
            }
            List<Object> list = fields.list(condition.get("values"), path + ".values");
            for (int i = 0; list != null && i < list.size(); i++) {
                String v = fields.scalarText(list.get(i), path + ".values[" + i + "]");
                if (v != null) {
                    values.add(v.trim().toLowerCase(Locale.ROOT));
                }
            }
            if (values.isEmpty() && fields.violationCount() == before) {
                fields.fail(
                        path + (op == Operator.ONE_OF ? ".values" : ".value"),
                        "value.required",
                        "the condition needs a value to compare with");
            }
        } else if (op == Operator.MATCHES) {
            String regex = fields.text(condition.get("pattern"), path + ".pattern", true);
            if (regex != null) {
                try {
                    pattern = Pattern.compile(regex);
                } catch (PatternSyntaxException e) {
                    patternRefused(fields, path + ".pattern", regex, e.getDescription());
                }
            }
        } else if (op == Operator.RANGE) {
            min = fields.decimal(condition.get("min"), path + ".min");
            max = fields.decimal(condition.get("max"), path + ".max");
            if (min == null && max == null && fields.violationCount() == before) {
                fields.fail(path + ".min", "range.required", "a range needs min, max or both");
            } else if (min != null && max != null && min.compareTo(max) > 0) {
                fields.fail(path + ".max", "range.order", "max must not be below min");
            }
        }
        if (likelihood && op != null && fields.violationCount() == before) {
            likelihoodBounds(op, min, max, path);
        }
        if (fields.violationCount() > before || op == null) {
            return null;
        }
        return new Condition(attribute, op, values, pattern, min, max, not != null && not);
    }

    /**
     * A likelihood is a percent: a condition on it is a {@code range} whose ends lie within 0..100
     * ({@code likelihood.op}, {@code likelihood.range}).
     */
    private void likelihoodBounds(Operator op, BigDecimal min, BigDecimal max, String path) {
        if (op != Operator.RANGE) {
            fields.fail(path + ".op", "likelihood.op", "a likelihood is compared with op range and min, max or both");
            return;
        }
        if (min != null && (min.signum() < 0 || min.compareTo(HUNDRED) > 0)) {
            fields.fail(path + ".min", "likelihood.range", "a likelihood threshold is a percent from 0 to 100");
        }
        if (max != null && (max.signum() < 0 || max.compareTo(HUNDRED) > 0)) {
            fields.fail(path + ".max", "likelihood.range", "a likelihood threshold is a percent from 0 to 100");
        }
    }

    /**
     * Patterns run in linear time (RE2 syntax), so a lead's value can never make matching take exponentially long:
     * a pattern that needs backtracking (backreferences, lookahead, lookbehind, possessive quantifiers) is refused as
     * {@code pattern.unsupported}, one that is no regular expression at all as {@code pattern.invalid}.
     */
    private static void patternRefused(FieldReader fields, String field, String regex, String why) {
        boolean backtracking;
        try {
            java.util.regex.Pattern.compile(regex);
            backtracking = true;
        } catch (java.util.regex.PatternSyntaxException e) {
            backtracking = false;
        }
        if (backtracking) {
            fields.fail(
                    field,
                    "pattern.unsupported",
                    "the pattern needs backtracking (backreferences or lookaround), which scoring does not run: "
                            + why);
        } else {
            fields.fail(field, "pattern.invalid", "not a valid regular expression: " + why);
        }
    }
}
