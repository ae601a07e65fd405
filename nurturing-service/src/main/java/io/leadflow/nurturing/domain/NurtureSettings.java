package io.leadflow.nurturing.domain;

import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.InvalidValueException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Marketing's switches for nurturing. A nurtured lead is recycled when its score crosses {@code recycleThreshold}
 * from below, or when it shows a buying signal. When {@code belowThresholdEnrolment} is on, a lead whose score has
 * stayed below {@code qualificationThreshold} for {@code belowThresholdAfter} is enrolled too.
 */
public record NurtureSettings(
        int recycleThreshold,
        boolean belowThresholdEnrolment,
        int qualificationThreshold,
        Duration belowThresholdAfter) {

    public static final int MAX_SCORE = 100_000;
    public static final NurtureSettings DEFAULT = new NurtureSettings(60, false, 50, Duration.ofDays(30));

    public NurtureSettings {
        score(recycleThreshold, "recycleThreshold");
        score(qualificationThreshold, "qualificationThreshold");
        if (belowThresholdAfter == null) {
            throw new InvalidValueException(
                    "belowThresholdAfter",
                    "settings.belowThresholdAfter.required",
                    "belowThresholdAfter is required, e.g. P30D");
        }
        if (belowThresholdAfter.compareTo(Duration.ofHours(1)) < 0
                || belowThresholdAfter.compareTo(Duration.ofDays(3660)) > 0) {
            throw new InvalidValueException(
                    "belowThresholdAfter",
                    "settings.belowThresholdAfter.range",
                    "belowThresholdAfter runs from PT1H to P3660D, got " + belowThresholdAfter);
        }
    }

    private static void score(int value, String field) {
        if (value < 1 || value > MAX_SCORE) {
            throw new InvalidValueException(
                    field, "settings." + field + ".range", field + " runs from 1 to " + MAX_SCORE + ", got " + value);
        }
    }

    /**
     * The recycle trigger for a new score, if it crossed the threshold from below. A lead whose earlier score is
     * unknown counts as coming from below; a lead already above (rejected while hot) must first cool down.
     */
    public Optional<String> recycleTrigger(OptionalInt previousScore, int score) {
        boolean wasBelow = previousScore.isEmpty() || previousScore.getAsInt() < recycleThreshold;
        if (wasBelow && score >= recycleThreshold) {
            return Optional.of("score " + score + " crossed the recycle threshold " + recycleThreshold);
        }
        return Optional.empty();
    }

    /** The recycle trigger for an engagement, if it is a buying signal. */
    public Optional<String> recycleTrigger(EngagementType engagement) {
        if (engagement != null && engagement.isBuyingSignal()) {
            return Optional.of("buying signal: " + engagement.name().toLowerCase(Locale.ROOT));
        }
        return Optional.empty();
    }

    public boolean isBelowQualification(int score) {
        return score < qualificationThreshold;
    }
}
