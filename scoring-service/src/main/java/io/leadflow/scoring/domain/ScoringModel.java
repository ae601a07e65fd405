package io.leadflow.scoring.domain;

import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.InvalidValueException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A lead definition agreed between marketing and sales, written down: points per engagement, the negatives, the
 * scale, the MQL threshold and whether buying signals fast-track. A model is a value: the same engagements and
 * profile always give the same score, so a changed model is a new version, never an edit.
 *
 * @param name the model's name, e.g. {@code default}
 * @param version the version of that model; scores name the version that produced them
 * @param engagementPoints points per engagement type; a type not listed is worth nothing
 * @param freeMailPoints what a free-mail address adds (a negative number takes points away)
 * @param scale the range scores are capped to
 * @param threshold the score at which a lead becomes an MQL
 * @param fastTrackOnBuyingSignals whether a buying signal qualifies a lead at once, unless it uses free mail
 */
public record ScoringModel(
        String name,
        int version,
        Map<EngagementType, Integer> engagementPoints,
        int freeMailPoints,
        ScoreScale scale,
        int threshold,
        boolean fastTrackOnBuyingSignals) {

    public ScoringModel {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("model", "model.required", "a scoring model needs a name");
        }
        if (version < 1) {
            throw new InvalidValueException("modelVersion", "modelVersion.positive", "model versions start at 1");
        }
        if (scale == null) {
            throw new InvalidValueException("scale", "scale.required", "a scoring model needs a scale");
        }
        if (threshold <= scale.min() || threshold > scale.max()) {
            throw new InvalidValueException("threshold", "threshold.range",
                    "the threshold must lie on the scale " + scale.min() + ".." + scale.max());
        }
        Map<EngagementType, Integer> points = new EnumMap<>(EngagementType.class);
        points.putAll(engagementPoints == null ? Map.of() : engagementPoints);
        engagementPoints = Collections.unmodifiableMap(points);
    }

    public int pointsFor(EngagementType type) {
        return engagementPoints.getOrDefault(type, 0);
    }

    /** The score of a set of engagements for a lead with this profile: a pure function, order does not matter. */
    public Score score(Collection<ScoredEngagement> engagements, ProfileFacts profile) {
        Map<EngagementType, int[]> countAndPoints = new EnumMap<>(EngagementType.class);
        for (ScoredEngagement engagement : engagements) {
            int[] tally = countAndPoints.computeIfAbsent(engagement.type(), type -> new int[2]);
            tally[0]++;
            tally[1] += pointsFor(engagement.type());
        }
        List<ScoreReason> reasons = new ArrayList<>();
        countAndPoints.forEach((type, tally) -> {
            if (tally[1] != 0) {
                reasons.add(ScoreReason.forEngagements(type, tally[0], tally[1]));
            }
        });
        if (profile.freeMail() && freeMailPoints != 0) {
            reasons.add(new ScoreReason("Free-mail address", freeMailPoints));
        }
        reasons.sort(ScoreReason.BY_INFLUENCE);
        int total = reasons.stream().mapToInt(ScoreReason::points).sum();
        return new Score(scale.cap(total), reasons);
    }

    public boolean reachesThreshold(Score score) {
        return score.value() >= threshold;
    }

    /**
     * The buying signal that qualifies this lead at once, if any: the one worth most points, the earliest among
     * equals. A free-mail address blocks fast-track: a consumer mailbox asking for a demo is rarely a buyer.
     */
    public Optional<ScoredEngagement> fastTrackSignal(Collection<ScoredEngagement> engagements,
            ProfileFacts profile) {
        if (!fastTrackOnBuyingSignals || profile.freeMail()) {
            return Optional.empty();
        }
        return engagements.stream()
                .filter(engagement -> engagement.type().isBuyingSignal())
                .min(Comparator.comparingInt((ScoredEngagement e) -> -pointsFor(e.type()))
                        .thenComparing(ScoredEngagement::occurredAt)
                        .thenComparing(ScoredEngagement::eventId));
    }

    /**
     * The fit grade. For now only the e-mail domain is known to scoring, so the grade is deliberately coarse: D for
     * a free-mail address, B for everyone else (A and C wait for firmographic rules: title, company size, industry).
     */
    public FitGrade fitGrade(ProfileFacts profile) {
        return profile.freeMail() ? FitGrade.D : FitGrade.B;
    }

    /** The engagement grade from the score's quartile on the scale: 1 for the top quarter, 4 for the bottom one. */
    public int engagementGrade(Score score) {
        return scale.quartileFromTop(score.value());
    }
}
