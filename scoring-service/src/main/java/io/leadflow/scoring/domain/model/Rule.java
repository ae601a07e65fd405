package io.leadflow.scoring.domain.model;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * One line of the matrix. A rule without {@code event} scores the profile: its points count while all its
 * conditions hold (fit, or a negative such as free mail). A rule with {@code event} scores behaviour: points per
 * matching event, decayed from the event's time, capped in size by {@code cap}; or, with {@code counted}, points once
 * when enough events match. Its conditions then gate it on the profile (e.g. only IT managers at 200+ employees).
 *
 * @param cap the most (in absolute points) the rule can give, or {@code null}
 * @param halfLife the rule's own half-life, or {@code null} for the model's
 */
public record Rule(
        String id,
        RuleCategory category,
        String label,
        List<Condition> conditions,
        EventMatcher event,
        int points,
        Integer cap,
        Duration halfLife,
        Counted counted) {

    public Rule {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }

    public boolean isEventRule() {
        return event != null;
    }

    public boolean profileHolds(Function<String, String> profile) {
        for (Condition condition : conditions) {
            if (!condition.test(profile)) {
                return false;
            }
        }
        return true;
    }

    /** How many recent matching events the rule's state must keep: enough for the count and for an explanation. */
    public int keep() {
        return Math.max(counted == null ? 0 : counted.atLeast(), ScoringModel.EVENTS_SHOWN);
    }
}
