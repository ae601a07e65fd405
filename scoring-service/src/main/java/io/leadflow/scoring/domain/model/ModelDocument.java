package io.leadflow.scoring.domain.model;

import io.leadflow.scoring.domain.FitGrade;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a model document (the JSON or YAML a marketer writes, already turned into maps, lists and scalars) into a
 * {@link ScoringModel}, or refuses it with every violation named by its place, e.g. {@code rules[3].condition.pattern}.
 * The format is described in docs/scoring-models.md.
 */
public final class ModelDocument {
    private static final Set<String> TOP = Set.of(
            "id", "description", "segment", "scale", "threshold", "decay", "grades", "fastTrack", "rules", "requires");

    private final FieldReader fields = new FieldReader();
    private final ConditionReader conditionReader = new ConditionReader(fields);
    private final RuleReader ruleReader = new RuleReader(fields, conditionReader);

    private ModelDocument() {}

    /** The model in {@code document} as version {@code version}; throws with every violation found. */
    public static ScoringModel parse(Object document, int version) {
        ModelDocument reader = new ModelDocument();
        ScoringModel model = reader.model(withTextKeys(document), version);
        List<ModelViolation> violations = reader.fields.violations();
        if (!violations.isEmpty() || model == null) {
            throw new InvalidModelException(
                    violations.isEmpty()
                            ? List.of(new ModelViolation("", "document.invalid", "not a model document"))
                            : violations);
        }
        return model;
    }

    /** YAML allows keys such as {@code 1:} or {@code true:}; they are read as the text they are written as. */
    private static Object withTextKeys(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, inner) -> copy.put(String.valueOf(key), withTextKeys(inner)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ModelDocument::withTextKeys).toList();
        }
        return value;
    }

    private ScoringModel model(Object document, int version) {
        Map<String, Object> doc = fields.map(document, "");
        if (doc == null) {
            return null;
        }
        fields.keys(doc, TOP, "");
        String id = fields.slug(doc.get("id"), "id");
        String description = fields.text(doc.get("description"), "description", false);
        Segment segment = segment(doc.get("segment"));
        Scale scale = scale(doc.get("scale"));
        Integer threshold = fields.integer(doc.get("threshold"), "threshold", true);
        if (threshold != null && scale != null && (threshold <= scale.min() || threshold > scale.max())) {
            fields.fail(
                    "threshold",
                    "threshold.range",
                    "the threshold must lie on the scale, above " + scale.min() + " and at most " + scale.max());
        }
        Duration halfLife = null;
        Map<String, Object> decay = fields.map(doc.get("decay"), "decay", false);
        if (decay != null) {
            fields.keys(decay, Set.of("halfLifeDays"), "decay.");
            halfLife = fields.days(decay.get("halfLifeDays"), "decay.halfLifeDays");
            halfLife = halfLife == null || halfLife.isZero() ? null : halfLife;
        }
        Grades grades = grades(doc.get("grades"));
        FastTrack fastTrack = fastTrack(doc.get("fastTrack"));
        List<Rule> rules = ruleReader.rules(doc.get("rules"));
        List<String> requires = requires(doc.get("requires"));
        if (fields.violationCount() > 0) {
            return null;
        }
        return new ScoringModel(
                id, version, description, segment, scale, threshold, halfLife, grades, fastTrack, rules, requires);
    }

    private Segment segment(Object value) {
        Map<String, Object> segment = fields.map(value, "segment", false);
        if (segment == null) {
            return new Segment("all", 0, List.of());
        }
        fields.keys(segment, Set.of("name", "priority", "filter"), "segment.");
        String name = fields.slug(segment.get("name"), "segment.name");
        Integer priority = fields.integer(segment.get("priority"), "segment.priority", false);
        List<Condition> filter = conditionReader.conditions(segment.get("filter"), "segment.filter");
        for (int i = 0; i < filter.size(); i++) {
            if (filter.get(i).likelihoodModel() != null) {
                fields.fail(
                        "segment.filter[" + i + "].attribute",
                        "likelihood.segment",
                        "a segment is chosen by who the lead is, not by a likelihood; use it in rules or fastTrack");
            }
        }
        return new Segment(name, priority == null ? 0 : priority, filter);
    }

    private Scale scale(Object value) {
        Map<String, Object> scale = fields.map(value, "scale", false);
        if (scale == null) {
            return new Scale(0, 100, true);
        }
        fields.keys(scale, Set.of("min", "max", "capped"), "scale.");
        Integer min = fields.integer(scale.get("min"), "scale.min", true);
        Integer max = fields.integer(scale.get("max"), "scale.max", true);
        Boolean capped = fields.bool(scale.get("capped"), "scale.capped");
        if (min == null || max == null) {
            return null;
        }
        if (max <= min) {
            fields.fail("scale.max", "scale.range", "max must be above min");
            return null;
        }
        return new Scale(min, max, capped == null || capped);
    }

    private Grades grades(Object value) {
        Map<String, Object> grades = fields.map(value, "grades", false);
        Map<String, Object> fit = grades == null ? null : fields.map(grades.get("fit"), "grades.fit", false);
        Map<String, Object> engagement =
                grades == null ? null : fields.map(grades.get("engagement"), "grades.engagement", false);
        if (grades != null) {
            fields.keys(grades, Set.of("fit", "engagement"), "grades.");
        }
        int[] f = {20, 0, -15};
        int[] e = {75, 50, 25};
        if (fit != null) {
            fields.keys(fit, Set.of("A", "B", "C"), "grades.fit.");
            f = ordered(fit, new String[] {"A", "B", "C"}, f, "grades.fit.");
        }
        if (engagement != null) {
            fields.keys(engagement, Set.of("1", "2", "3"), "grades.engagement.");
            e = ordered(engagement, new String[] {"1", "2", "3"}, e, "grades.engagement.");
        }
        return new Grades(f[0], f[1], f[2], e[0], e[1], e[2]);
    }

    private int[] ordered(Map<String, Object> values, String[] names, int[] defaults, String path) {
        int[] result = defaults.clone();
        for (int i = 0; i < names.length; i++) {
            Integer v = fields.integer(values.get(names[i]), path + names[i], false);
            if (v != null) {
                result[i] = v;
            }
        }
        for (int i = 1; i < names.length; i++) {
            if (result[i] > result[i - 1]) {
                fields.fail(
                        path + names[i], "grades.order", names[i] + " must not need more points than " + names[i - 1]);
            }
        }
        return result;
    }

    private FastTrack fastTrack(Object value) {
        Map<String, Object> fastTrack = fields.map(value, "fastTrack", false);
        if (fastTrack == null) {
            return new FastTrack(List.of(), FitGrade.B);
        }
        fields.keys(fastTrack, Set.of("events", "minFitGrade", "conditions"), "fastTrack.");
        List<Condition> conditions = conditionReader.conditions(fastTrack.get("conditions"), "fastTrack.conditions");
        List<EventMatcher> events = new ArrayList<>();
        List<Object> list = fields.list(fastTrack.get("events"), "fastTrack.events");
        for (int i = 0; list != null && i < list.size(); i++) {
            EventMatcher matcher = ruleReader.event(list.get(i), "fastTrack.events[" + i + "]");
            if (matcher != null) {
                events.add(matcher);
            }
        }
        String grade = fields.text(fastTrack.get("minFitGrade"), "fastTrack.minFitGrade", false);
        FitGrade min = FitGrade.B;
        if (grade != null) {
            try {
                min = FitGrade.valueOf(grade.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                fields.fail("fastTrack.minFitGrade", "grade.unknown", "a fit grade is one of A, B, C, D");
            }
        }
        return new FastTrack(events, min, conditions);
    }

    /** The minimum data for an MQL: known lead attribute names, each once. */
    private List<String> requires(Object value) {
        List<Object> list = fields.list(value, "requires");
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; list != null && i < list.size(); i++) {
            String path = "requires[" + i + "]";
            String name = fields.text(list.get(i), path, true);
            if (name == null) {
                continue;
            }
            name = name.trim();
            if (!Attributes.isKnown(name)) {
                fields.fail(
                        path,
                        "attribute.unknown",
                        "unknown attribute " + name + "; known: "
                                + Attributes.KNOWN.stream().sorted().toList() + " and custom.*");
            } else if (!names.add(name)) {
                fields.fail(path, "requires.duplicate", name + " is required twice");
            }
        }
        return List.copyOf(names);
    }
}
