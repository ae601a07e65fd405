package io.leadflow.scoring.domain.model;

import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EngagementType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the rules of a model document and the event matchers they score, recording every violation at its place
 * ({@code rules[3].event.type}) through the document's {@link FieldReader}; conditions are read by the
 * {@link ConditionReader}. A rule or matcher with any violation is left out (null), so the reader goes on and finds
 * the others.
 */
final class RuleReader {

    private static final int MAX_RULES = 200;
    private static final Set<String> RULE_KEYS = Set.of(
            "id", "category", "label", "condition", "conditions", "event", "points", "cap", "halfLifeDays", "count");
    private static final Set<String> EVENT_KEYS = Set.of("type", "customType", "channels", "properties");

    private final FieldReader fields;
    private final ConditionReader conditionReader;

    RuleReader(FieldReader fields, ConditionReader conditionReader) {
        this.fields = fields;
        this.conditionReader = conditionReader;
    }

    List<Rule> rules(Object value) {
        List<Object> list = fields.list(value, "rules");
        List<Rule> rules = new ArrayList<>();
        if (list == null) {
            fields.fail("rules", "rules.required", "a model needs at least one rule");
            return rules;
        }
        if (list.isEmpty() || list.size() > MAX_RULES) {
            fields.fail("rules", "rules.size", "a model has 1 to " + MAX_RULES + " rules");
            return rules;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String path = "rules[" + i + "]";
            Rule rule = rule(list.get(i), path);
            if (rule != null && !ids.add(rule.id())) {
                fields.fail(path + ".id", "rule.id.duplicate", "rule id " + rule.id() + " is used twice");
            }
            if (rule != null) {
                rules.add(rule);
            }
        }
        return rules;
    }

    private Rule rule(Object value, String path) {
        Map<String, Object> rule = fields.map(value, path);
        if (rule == null) {
            return null;
        }
        int before = fields.violationCount();
        fields.keys(rule, RULE_KEYS, path + ".");
        String id = fields.slug(rule.get("id"), path + ".id");
        RuleCategory category = null;
        String categoryText = fields.text(rule.get("category"), path + ".category", true);
        if (categoryText != null) {
            try {
                category = RuleCategory.valueOf(categoryText.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                fields.fail(path + ".category", "category.unknown", "a category is one of fit, behaviour, negative");
            }
        }
        List<Condition> conditions = new ArrayList<>();
        if (rule.containsKey("condition")) {
            Condition condition = conditionReader.condition(rule.get("condition"), path + ".condition");
            if (condition != null) {
                conditions.add(condition);
            }
        }
        conditions.addAll(conditionReader.conditions(rule.get("conditions"), path + ".conditions"));
        EventMatcher event = rule.containsKey("event") ? event(rule.get("event"), path + ".event") : null;
        Integer points = fields.integer(rule.get("points"), path + ".points", true);
        Integer cap = fields.integer(rule.get("cap"), path + ".cap", false);
        Duration halfLife = fields.days(rule.get("halfLifeDays"), path + ".halfLifeDays");
        Counted counted = null;
        Map<String, Object> count = fields.map(rule.get("count"), path + ".count", false);
        if (count != null) {
            fields.keys(count, Set.of("atLeast", "withinDays"), path + ".count.");
            Integer atLeast = fields.integer(count.get("atLeast"), path + ".count.atLeast", true);
            if (atLeast != null && (atLeast < 1 || atLeast > 1000)) {
                fields.fail(path + ".count.atLeast", "count.atLeast.range", "atLeast is 1 to 1000");
            }
            Duration within = fields.days(count.get("withinDays"), path + ".count.withinDays");
            if (within != null && within.isZero()) {
                fields.fail(path + ".count.withinDays", "count.withinDays.positive", "a window is at least one day");
            }
            counted = atLeast == null ? null : new Counted(atLeast, within);
        }
        if (category == RuleCategory.FIT && event != null) {
            fields.fail(path + ".event", "fit.event", "a fit rule scores the profile; behaviour rules score events");
        }
        if (category == RuleCategory.BEHAVIOUR && event == null && !rule.containsKey("event")) {
            fields.fail(path + ".event", "behaviour.event.required", "a behaviour rule names the events it scores");
        }
        if (category != null
                && category != RuleCategory.BEHAVIOUR
                && event == null
                && conditions.isEmpty()
                && !rule.containsKey("condition")
                && !rule.containsKey("conditions")) {
            fields.fail(path + ".condition", "condition.required", "a profile rule needs a condition");
        }
        if (category == RuleCategory.NEGATIVE && points != null && points >= 0) {
            fields.fail(
                    path + ".points", "negative.points", "a negative rule takes points away: use a negative number");
        }
        if (points != null && points == 0) {
            fields.fail(path + ".points", "points.nonzero", "a rule is worth some points");
        }
        if (cap != null && (cap <= 0 || event == null || counted != null)) {
            fields.fail(path + ".cap", "cap.invalid", "a cap is a positive number of points on a per-event rule");
        }
        if ((halfLife != null || counted != null) && event == null && rule.containsKey("event") == false) {
            fields.fail(
                    path + (counted != null ? ".count" : ".halfLifeDays"),
                    "event.required",
                    "decay and counts apply to event rules only");
        }
        String label = fields.text(rule.get("label"), path + ".label", false);
        if (fields.violationCount() > before) {
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

    EventMatcher event(Object value, String path) {
        Map<String, Object> event = fields.map(value, path);
        if (event == null) {
            return null;
        }
        int before = fields.violationCount();
        fields.keys(event, EVENT_KEYS, path + ".");
        String typeText = fields.text(event.get("type"), path + ".type", false);
        String customType = fields.text(event.get("customType"), path + ".customType", false);
        EngagementType type = null;
        if (typeText != null) {
            try {
                type = EngagementType.valueOf(typeText.trim()
                        .toUpperCase(Locale.ROOT)
                        .replace('-', '_')
                        .replace(' ', '_'));
            } catch (IllegalArgumentException e) {
                fields.fail(
                        path + ".type",
                        "type.unknown",
                        "unknown event type " + typeText + "; known: " + List.of(EngagementType.values()));
            }
        }
        if (customType != null) {
            if (type == null && typeText == null) {
                type = EngagementType.CUSTOM;
            } else if (type != null && type != EngagementType.CUSTOM) {
                fields.fail(path + ".customType", "customType.type", "a custom type name goes with type CUSTOM");
            }
        } else if (type == EngagementType.CUSTOM) {
            fields.fail(path + ".customType", "customType.required", "name the registered custom type");
        }
        if (typeText == null && customType == null) {
            fields.fail(path + ".type", "type.required", "an event rule names an event type or a custom type");
        }
        Set<Channel> channels = new LinkedHashSet<>();
        List<Object> channelList = fields.list(event.get("channels"), path + ".channels");
        for (int i = 0; channelList != null && i < channelList.size(); i++) {
            String channel = fields.text(channelList.get(i), path + ".channels[" + i + "]", true);
            if (channel != null) {
                try {
                    channels.add(Channel.valueOf(
                            channel.trim().toUpperCase(Locale.ROOT).replace('-', '_')));
                } catch (IllegalArgumentException e) {
                    fields.fail(
                            path + ".channels[" + i + "]",
                            "channel.unknown",
                            "unknown channel " + channel + "; known: " + List.of(Channel.values()));
                }
            }
        }
        List<Condition> properties = new ArrayList<>();
        List<Object> propertyList = fields.list(event.get("properties"), path + ".properties");
        for (int i = 0; propertyList != null && i < propertyList.size(); i++) {
            Condition condition =
                    conditionReader.condition(propertyList.get(i), path + ".properties[" + i + "]", false);
            if (condition != null) {
                properties.add(condition);
            }
        }
        return fields.violationCount() > before ? null : new EventMatcher(type, customType, channels, properties);
    }
}
