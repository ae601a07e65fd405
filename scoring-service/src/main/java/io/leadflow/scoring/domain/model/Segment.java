package io.leadflow.scoring.domain.model;

import java.util.List;
import java.util.function.Function;

/**
 * Which leads a model applies to. Where the filters of several published models match a lead, the highest priority
 * names the lead's segment, whose model qualifies it; published models of equal priority must not overlap.
 */
public record Segment(String name, int priority, List<Condition> filter) {

    public Segment {
        filter = filter == null ? List.of() : List.copyOf(filter);
    }

    /**
     * Whether some lead could match both filters. Proven disjoint only when both test the same attribute for
     * (non-negated) equality with no value in common; anything else may overlap.
     */
    public boolean mayOverlap(Segment other) {
        for (Condition mine : filter) {
            for (Condition theirs : other.filter) {
                if (mine.attribute().equals(theirs.attribute())
                        && isEquality(mine)
                        && isEquality(theirs)
                        && mine.values().stream().noneMatch(theirs.values()::contains)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isEquality(Condition condition) {
        return !condition.negate()
                && (condition.operator() == Operator.EQUALS || condition.operator() == Operator.ONE_OF);
    }

    public boolean matches(Function<String, String> profile) {
        for (Condition condition : filter) {
            if (!condition.test(profile)) {
                return false;
            }
        }
        return true;
    }
}
