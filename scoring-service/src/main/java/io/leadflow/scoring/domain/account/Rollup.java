package io.leadflow.scoring.domain.account;

import io.leadflow.kernel.InvalidValueException;
import java.util.Collection;

/**
 * How an account's score rolls up from its leads' scores: the highest lead score plus {@code bonusPerEngagedPerson}
 * for every other engaged person (a lead whose score is at least {@code engagedMinScore}), at most {@code cap}. A
 * company where three people engage is a stronger signal than one keen person.
 */
public record Rollup(int bonusPerEngagedPerson, int engagedMinScore, int cap) {

    public Rollup {
        if (bonusPerEngagedPerson < 0 || engagedMinScore < 1 || cap < 1) {
            throw new InvalidValueException(
                    "rollup", "rollup.range", "bonus 0 or more, engaged minimum score and cap 1 or more");
        }
    }

    public boolean engaged(int leadScore) {
        return leadScore >= engagedMinScore;
    }

    /** The account's score from its leads' scores. */
    public int score(Collection<Integer> leadScores) {
        int highest = leadScores.stream().mapToInt(Integer::intValue).max().orElse(0);
        long engaged = leadScores.stream().filter(this::engaged).count();
        long bonus = engaged > 1 ? (engaged - 1) * (long) bonusPerEngagedPerson : 0;
        return (int) Math.min(cap, Math.max(0, highest + bonus));
    }
}
