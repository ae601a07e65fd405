package io.leadflow.scoring.domain.account;

import io.leadflow.kernel.InvalidValueException;
import java.util.Collection;

/**
 * How an account's score rolls up from its leads' scores: the highest lead score plus {@code bonusPerEngagedPerson}
 * for every other engaged person (a lead whose score is at least {@code engagedMinScore}), at most {@code cap}. A
 * company where three people engage is a stronger signal than one keen person. An account whose roll-up reaches
 * {@code mqlThreshold} qualifies as a whole ({@link AccountQualification}).
 */
public record Rollup(int bonusPerEngagedPerson, int engagedMinScore, int cap, int mqlThreshold) {

    /** The default account MQL threshold, or the cap when that is lower. */
    public static final int DEFAULT_MQL_THRESHOLD = 100;

    public Rollup {
        if (bonusPerEngagedPerson < 0 || engagedMinScore < 1 || cap < 1) {
            throw new InvalidValueException(
                    "rollup", "rollup.range", "bonus 0 or more, engaged minimum score and cap 1 or more");
        }
        if (mqlThreshold < 1 || mqlThreshold > cap) {
            throw new InvalidValueException(
                    "rollup.mqlThreshold", "rollup.mqlThreshold", "the account MQL threshold is 1 to the cap");
        }
    }

    /** A roll-up with the default account MQL threshold (at most the cap). */
    public Rollup(int bonusPerEngagedPerson, int engagedMinScore, int cap) {
        this(bonusPerEngagedPerson, engagedMinScore, cap, Math.min(DEFAULT_MQL_THRESHOLD, Math.max(1, cap)));
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
