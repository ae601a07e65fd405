package io.leadflow.scoring.domain.model;

import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EngagementType;
import io.leadflow.scoring.domain.FitGrade;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a model document (the JSON or YAML a marketer writes, already turned into maps, lists and scalars) into a
 * {@link ScoringModel}, or refuses it with every violation named by its place, e.g. {@code rules[3].condition.pattern}.
 * The format is described in docs/scoring-models.md.
 */
public final class ModelDocument {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final int MAX_TEXT = 500;
    private static final int MAX_RULES = 200;
    private static final long MAX_POINTS = 100_000;
    private static final Set<String> TOP =
            Set.of("id", "description", "segment", "scale", "threshold", "decay", "grades", "fastTrack", "rules");
    private static final Set<String> RULE_KEYS = Set.of(
            "id", "category", "label", "condition", "conditions", "event", "points", "cap", "halfLifeDays", "count");
    private static final Set<String> CONDITION_KEYS =
            Set.of("attribute", "op", "value", "values", "pattern", "min", "max", "not");
    private static final Set<String> EVENT_KEYS = Set.of("type", "customType", "channels", "properties");

    private final List<ModelViolation> violations = new ArrayList<>();

    private ModelDocument() {}

    /** The model in {@code document} as version {@code version}; throws with every violation found. */
    public static ScoringModel parse(Object document, int version) {
        ModelDocument reader = new ModelDocument();
        ScoringModel model = reader.model(withTextKeys(document), version);
        if (!reader.violations.isEmpty() || model == null) {
            throw new InvalidModelException(
                    reader.violations.isEmpty()
                            ? List.of(new ModelViolation("", "document.invalid", "not a model document"))
                            : reader.violations);
        }
        return model;
    }

    /** YAML allows keys such as {@code 1:} or {@code true:}; they are read as the text they are written as. */
    private static Object withTextKeys(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new java.util.LinkedHashMap<>();
            map.forEach((key, inner) -> copy.put(String.valueOf(key), withTextKeys(inner)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ModelDocument::withTextKeys).toList();
        }
        return value;
    }

    private ScoringModel model(Object document, int version) {
        Map<String, Object> doc = map(document, "");
        if (doc == null) {
            return null;
        }
        keys(doc, TOP, "");
        String id = slug(doc.get("id"), "id");
        String description = text(doc.get("description"), "description", false);
        Segment segment = segment(doc.get("segment"));
        Scale scale = scale(doc.get("scale"));
        Integer threshold = integer(doc.get("threshold"), "threshold", true);
        if (threshold != null && scale != null && (threshold <= scale.min() || threshold > scale.max())) {
            fail(
                    "threshold",
                    "threshold.range",
                    "the threshold must lie on the scale, above " + scale.min() + " and at most " + scale.max());
        }
        Duration halfLife = null;
        Map<String, Object> decay = map(doc.get("decay"), "decay", false);
        if (decay != null) {
            keys(decay, Set.of("halfLifeDays"), "decay.");
            halfLife = days(decay.get("halfLifeDays"), "decay.halfLifeDays");
            halfLife = halfLife == null || halfLife.isZero() ? null : halfLife;
        }
        Grades grades = grades(doc.get("grades"));
        FastTrack fastTrack = fastTrack(doc.get("fastTrack"));
        List<Rule> rules = rules(doc.get("rules"));
        if (!violations.isEmpty()) {
            return null;
        }
        return new ScoringModel(
                id, version, description, segment, scale, threshold, halfLife, grades, fastTrack, rules);
    }

    private Segment segment(Object value) {
        Map<String, Object> segment = map(value, "segment", false);
        if (segment == null) {
            return new Segment("all", 0, List.of());
        }
        keys(segment, Set.of("name", "priority", "filter"), "segment.");
        String name = slug(segment.get("name"), "segment.name");
        Integer priority = integer(segment.get("priority"), "segment.priority", false);
        List<Condition> filter = conditions(segment.get("filter"), "segment.filter");
        return new Segment(name, priority == null ? 0 : priority, filter);
    }

    private Scale scale(Object value) {
        Map<String, Object> scale = map(value, "scale", false);
        if (scale == null) {
            return new Scale(0, 100, true);
        }
        keys(scale, Set.of("min", "max", "capped"), "scale.");
        Integer min = integer(scale.get("min"), "scale.min", true);
        Integer max = integer(scale.get("max"), "scale.max", true);
        Boolean capped = bool(scale.get("capped"), "scale.capped");
        if (min == null || max == null) {
            return null;
        }
        if (max <= min) {
            fail("scale.max", "scale.range", "max must be above min");
            return null;
        }
        return new Scale(min, max, capped == null || capped);
    }

    private Grades grades(Object value) {
        Map<String, Object> grades = map(value, "grades", false);
        Map<String, Object> fit = grades == null ? null : map(grades.get("fit"), "grades.fit", false);
        Map<String, Object> engagement =
                grades == null ? null : map(grades.get("engagement"), "grades.engagement", false);
        if (grades != null) {
            keys(grades, Set.of("fit", "engagement"), "grades.");
        }
        int[] f = {20, 0, -15};
        int[] e = {75, 50, 25};
        if (fit != null) {
            keys(fit, Set.of("A", "B", "C"), "grades.fit.");
            f = ordered(fit, new String[] {"A", "B", "C"}, f, "grades.fit.");
        }
        if (engagement != null) {
            keys(engagement, Set.of("1", "2", "3"), "grades.engagement.");
            e = ordered(engagement, new String[] {"1", "2", "3"}, e, "grades.engagement.");
        }
        return new Grades(f[0], f[1], f[2], e[0], e[1], e[2]);
    }

    private int[] ordered(Map<String, Object> values, String[] names, int[] defaults, String path) {
        int[] result = defaults.clone();
        for (int i = 0; i < names.length; i++) {
            Integer v = integer(values.get(names[i]), path + names[i], false);
            if (v != null) {
                result[i] = v;
            }
        }
        for (int i = 1; i < names.length; i++) {
            if (result[i] > result[i - 1]) {
                fail(path + names[i], "grades.order", names[i] + " must not need more points than " + names[i - 1]);
            }
        }
        return result;
    }

    private FastTrack fastTrack(Object value) {
        Map<String, Object> fastTrack = map(value, "fastTrack", false);
        if (fastTrack == null) {
            return new FastTrack(List.of(), FitGrade.B);
        }
        keys(fastTrack, Set.of("events", "minFitGrade"), "fastTrack.");
        List<EventMatcher> events = new ArrayList<>();
        List<Object> list = list(fastTrack.get("events"), "fastTrack.events");
        for (int i = 0; list != null && i < list.size(); i++) {
            EventMatcher matcher = event(list.get(i), "fastTrack.events[" + i + "]");
            if (matcher != null) {
                events.add(matcher);
            }
        }
        String grade = text(fastTrack.get("minFitGrade"), "fastTrack.minFitGrade", false);
        FitGrade min = FitGrade.B;
        if (grade != null) {
            try {
                min = FitGrade.valueOf(grade.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                fail("fastTrack.minFitGrade", "grade.unknown", "a fit grade is one of A, B, C, D");
            }
        }
        return new FastTrack(events, min);
    }

    private List<Rule> rules(Object value) {
        List<Object> list = list(value, "rules");
        List<Rule> rules = new ArrayList<>();
        if (list == null) {
            fail("rules", "rules.required", "a model needs at least one rule");
            return rules;
        }
        if (list.isEmpty() || list.size() > MAX_RULES) {
            fail("rules", "rules.size", "a model has 1 to " + MAX_RULES + " rules");
            return rules;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String path = "rules[" + i + "]";
            Rule rule = rule(list.get(i), path);
            if (rule != null && !ids.add(rule.id())) {
                fail(path + ".id", "rule.id.duplicate", "rule id " + rule.id() + " is used twice");
            }
            if (rule != null) {
                rules.add(rule);
            }
        }
        return rules;
    }

    private Rule rule(Object value, String path) {
        Map<String, Object> rule = map(value, path);
        if (rule == null) {
            return null;
        }
        int before = violations.size();
        keys(rule, RULE_KEYS, path + ".");
        String id = slug(rule.get("id"), path + ".id");
        RuleCategory category = null;
        String categoryText = text(rule.get("category"), path + ".category", true);
        if (categoryText != null) {
            try {
                category = RuleCategory.valueOf(categoryText.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                fail(path + ".category", "category.unknown", "a category is one of fit, behaviour, negative");
            }
        }
        List<Condition> conditions = new ArrayList<>();
        if (rule.containsKey("condition")) {
            Condition condition = condition(rule.get("condition"), path + ".condition");
            if (condition != null) {
                conditions.add(condition);
            }
        }
        conditions.addAll(conditions(rule.get("conditions"), path + ".conditions"));
        EventMatcher event = rule.containsKey("event") ? event(rule.get("event"), path + ".event") : null;
        Integer points = integer(rule.get("points"), path + ".points", true);
        Integer cap = integer(rule.get("cap"), path + ".cap", false);
        Duration halfLife = days(rule.get("halfLifeDays"), path + ".halfLifeDays");
        Counted counted = null;
        Map<String, Object> count = map(rule.get("count"), path + ".count", false);
        if (count != null) {
            keys(count, Set.of("atLeast", "withinDays"), path + ".count.");
            Integer atLeast = integer(count.get("atLeast"), path + ".count.atLeast", true);
            if (atLeast != null && (atLeast < 1 || atLeast > 1000)) {
                fail(path + ".count.atLeast", "count.atLeast.range", "atLeast is 1 to 1000");
            }
            Duration within = days(count.get("withinDays"), path + ".count.withinDays");
            if (within != null && within.isZero()) {
                fail(path + ".count.withinDays", "count.withinDays.positive", "a window is at least one day");
            }
            counted = atLeast == null ? null : new Counted(atLeast, within);
        }
        if (category == RuleCategory.FIT && event != null) {
            fail(path + ".event", "fit.event", "a fit rule scores the profile; behaviour rules score events");
        }
        if (category == RuleCategory.BEHAVIOUR && event == null && !rule.containsKey("event")) {
            fail(path + ".event", "behaviour.event.required", "a behaviour rule names the events it scores");
        }
        if (category != null
                && category != RuleCategory.BEHAVIOUR
                && event == null
                && conditions.isEmpty()
                && !rule.containsKey("condition")
                && !rule.containsKey("conditions")) {
            fail(path + ".condition", "condition.required", "a profile rule needs a condition");
        }
        if (category == RuleCategory.NEGATIVE && points != null && points >= 0) {
            fail(path + ".points", "negative.points", "a negative rule takes points away: use a negative number");
        }
        if (points != null && points == 0) {
            fail(path + ".points", "points.nonzero", "a rule is worth some points");
        }
        if (cap != null && (cap <= 0 || event == null || counted != null)) {
            fail(path + ".cap", "cap.invalid", "a cap is a positive number of points on a per-event rule");
        }
        if ((halfLife != null || counted != null) && event == null && rule.containsKey("event") == false) {
            fail(
                    path + (counted != null ? ".count" : ".halfLifeDays"),
                    "event.required",
                    "decay and counts apply to event rules only");
        }
        String label = text(rule.get("label"), path + ".label", false);
        if (violations.size() > before) {
            return null;
        }
        if (label == null) {
            label = event != null
                    ? event.describe()
                    : String.join(
                            ", ", conditions.stream().map(Condition::describe).toList());
        }
        return new Rule(id, category, label, conditions, event, points, cap, halfLife, counted);
    }

    private EventMatcher event(Object value, String path) {
        Map<String, Object> event = map(value, path);
        if (event == null) {
            return null;
        }
        int before = violations.size();
        keys(event, EVENT_KEYS, path + ".");
        String typeText = text(event.get("type"), path + ".type", false);
        String customType = text(event.get("customType"), path + ".customType", false);
        EngagementType type = null;
        if (typeText != null) {
            try {
                type = EngagementType.valueOf(typeText.trim()
                        .toUpperCase(Locale.ROOT)
                        .replace('-', '_')
                        .replace(' ', '_'));
            } catch (IllegalArgumentException e) {
                fail(
                        path + ".type",
                        "type.unknown",
                        "unknown event type " + typeText + "; known: " + List.of(EngagementType.values()));
            }
        }
        if (customType != null) {
            if (type == null && typeText == null) {
                type = EngagementType.CUSTOM;
            } else if (type != null && type != EngagementType.CUSTOM) {
                fail(path + ".customType", "customType.type", "a custom type name goes with type CUSTOM");
            }
        } else if (type == EngagementType.CUSTOM) {
            fail(path + ".customType", "customType.required", "name the registered custom type");
        }
        if (typeText == null && customType == null) {
            fail(path + ".type", "type.required", "an event rule names an event type or a custom type");
        }
        Set<Channel> channels = new LinkedHashSet<>();
        List<Object> channelList = list(event.get("channels"), path + ".channels");
        for (int i = 0; channelList != null && i < channelList.size(); i++) {
            String channel = text(channelList.get(i), path + ".channels[" + i + "]", true);
            if (channel != null) {
                try {
                    channels.add(Channel.valueOf(
                            channel.trim().toUpperCase(Locale.ROOT).replace('-', '_')));
                } catch (IllegalArgumentException e) {
                    fail(
                            path + ".channels[" + i + "]",
                            "channel.unknown",
                            "unknown channel " + channel + "; known: " + List.of(Channel.values()));
                }
            }
        }
        List<Condition> properties = new ArrayList<>();
        List<Object> propertyList = list(event.get("properties"), path + ".properties");
        for (int i = 0; propertyList != null && i < propertyList.size(); i++) {
            Condition condition = condition(propertyList.get(i), path + ".properties[" + i + "]", false);
            if (condition != null) {
                properties.add(condition);
            }
        }
        return violations.size() > before ? null : new EventMatcher(type, customType, channels, properties);
    }

    private List<Condition> conditions(Object value, String path) {
        List<Condition> conditions = new ArrayList<>();
        List<Object> list = list(value, path);
        for (int i = 0; list != null && i < list.size(); i++) {
            Condition condition = condition(list.get(i), path + "[" + i + "]");
            if (condition != null) {
                conditions.add(condition);
            }
        }
        return conditions;
    }

    private Condition condition(Object value, String path) {
        return condition(value, path, true);
    }

    private Condition condition(Object value, String path, boolean leadAttribute) {
        Map<String, Object> condition = map(value, path);
        if (condition == null) {
            return null;
        }
        int before = violations.size();
        keys(condition, CONDITION_KEYS, path + ".");
        String attribute = text(condition.get("attribute"), path + ".attribute", true);
        if (attribute != null && leadAttribute && !Attributes.isKnown(attribute)) {
            fail(
                    path + ".attribute",
                    "attribute.unknown",
                    "unknown attribute " + attribute + "; known: "
                            + Attributes.KNOWN.stream().sorted().toList() + " and custom.*");
        }
        String opText = text(condition.get("op"), path + ".op", true);
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
                    fail(path + ".op", "op.unknown", "op is one of equals, oneOf, contains, matches, range, present");
                    yield null;
                }
            };
        }
        Boolean not = bool(condition.get("not"), path + ".not");
        Set<String> values = new LinkedHashSet<>();
        Pattern pattern = null;
        BigDecimal min = null;
        BigDecimal max = null;
        if (op == Operator.EQUALS || op == Operator.CONTAINS || op == Operator.ONE_OF) {
            if (condition.containsKey("value")) {
                String v = scalarText(condition.get("value"), path + ".value");
                if (v != null) {
                    values.add(v.trim().toLowerCase(Locale.ROOT));
                }
            }
            List<Object> list = list(condition.get("values"), path + ".values");
            for (int i = 0; list != null && i < list.size(); i++) {
                String v = scalarText(list.get(i), path + ".values[" + i + "]");
                if (v != null) {
                    values.add(v.trim().toLowerCase(Locale.ROOT));
                }
            }
            if (values.isEmpty() && violations.size() == before) {
                fail(
                        path + (op == Operator.ONE_OF ? ".values" : ".value"),
                        "value.required",
                        "the condition needs a value to compare with");
            }
        } else if (op == Operator.MATCHES) {
            String regex = text(condition.get("pattern"), path + ".pattern", true);
            if (regex != null) {
                try {
                    pattern = Pattern.compile(regex);
                } catch (PatternSyntaxException e) {
                    fail(path + ".pattern", "pattern.invalid", "not a valid regular expression: " + e.getDescription());
                }
            }
        } else if (op == Operator.RANGE) {
            min = decimal(condition.get("min"), path + ".min");
            max = decimal(condition.get("max"), path + ".max");
            if (min == null && max == null && violations.size() == before) {
                fail(path + ".min", "range.required", "a range needs min, max or both");
            } else if (min != null && max != null && min.compareTo(max) > 0) {
                fail(path + ".max", "range.order", "max must not be below min");
            }
        }
        if (violations.size() > before || op == null) {
            return null;
        }
        return new Condition(attribute, op, values, pattern, min, max, not != null && not);
    }

    // ---- scalar readers: each records a violation at its path and returns null when the value is unusable

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(Object value, String path, boolean required) {
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

    private Map<String, Object> map(Object value, String path) {
        return map(value, path, true);
    }

    @SuppressWarnings("unchecked")
    private List<Object> list(Object value, String path) {
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

    private void keys(Map<String, Object> map, Set<String> allowed, String prefix) {
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

    private String text(Object value, String path, boolean required) {
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

    private String scalarText(Object value, String path) {
        if (value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        return text(value, path, true);
    }

    private String slug(Object value, String path) {
        String text = text(value, path, true);
        if (text != null && !SLUG.matcher(text).matches()) {
            fail(path, "slug", "lower-case letters, digits and dashes, at most 64");
            return null;
        }
        return text;
    }

    private Integer integer(Object value, String path, boolean required) {
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

    private BigDecimal decimal(Object value, String path) {
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

    private Boolean bool(Object value, String path) {
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        fail(path, "type.boolean", "true or false is expected here");
        return null;
    }

    private Duration days(Object value, String path) {
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

    private void fail(String field, String rule, String detail) {
        violations.add(new ModelViolation(field, rule, detail));
    }
}
