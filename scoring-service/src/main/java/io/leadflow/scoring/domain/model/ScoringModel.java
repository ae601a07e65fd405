package io.leadflow.scoring.domain.model;

import io.leadflow.scoring.domain.Contribution;
import io.leadflow.scoring.domain.FitGrade;
import io.leadflow.scoring.domain.LeadFacts;
import io.leadflow.scoring.domain.ModelScore;
import io.leadflow.scoring.domain.ModelState;
import io.leadflow.scoring.domain.RuleState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A lead definition agreed between marketing and sales, written down as a versioned document: which leads it applies
 * to, fit, behaviour and negative rules, decay, scale, grades, the MQL threshold and the fast-track signals. A version
 * is a value: the same state, profile and time always give the same score, so a change is a new version, never an
 * edit.
 *
 * @param halfLife the model's half-life for behaviour rules without their own, or {@code null} for no decay
 * @param requires the lead attributes that must be present before the model makes the lead an MQL (minimum data,
 *     e.g. {@code jobTitle}); empty: none
 */
public record ScoringModel(
        String id,
        int version,
        String description,
        Segment segment,
        Scale scale,
        int threshold,
        Duration halfLife,
        Grades grades,
        FastTrack fastTrack,
        List<Rule> rules,
        List<String> requires) {

    /** How many events an explanation names per rule. */
    public static final int EVENTS_SHOWN = 10;

    private static final Comparator<Contribution> BY_INFLUENCE = Comparator.comparingInt(
                    (Contribution c) -> Math.abs(c.points()))
            .reversed()
            .thenComparing(Contribution::ruleId);

    public ScoringModel {
        rules = List.copyOf(rules);
        requires = requires == null ? List.of() : List.copyOf(requires);
    }

    /** A model without minimum data. */
    public ScoringModel(
            String id,
            int version,
            String description,
            Segment segment,
            Scale scale,
            int threshold,
            Duration halfLife,
            Grades grades,
            FastTrack fastTrack,
            List<Rule> rules) {
        this(id, version, description, segment, scale, threshold, halfLife, grades, fastTrack, rules, List.of());
    }

    public Duration halfLifeOf(Rule rule) {
        if (rule.halfLife() != null) {
            return rule.halfLife().isZero() ? null : rule.halfLife();
        }
        return halfLife;
    }

    /** The score of a lead with this state and these facts at {@code asOf}: a pure function, explained. */
    public ModelScore score(ModelState state, LeadFacts facts, Instant asOf) {
        List<Contribution> contributions = new ArrayList<>();
        List<String> likelihoods = new ArrayList<>();
        int fit = 0;
        int engagement = 0;
        for (Rule rule : rules) {
            boolean holds = rule.profileHolds(facts::get);
            Contribution contribution = !holds
                    ? null
                    : rule.isEventRule()
                            ? behaviour(rule, state.state(rule.id()), asOf)
                            : new Contribution(rule.id(), rule.category(), rule.label(), rule.points(), 0, List.of());
            noteLikelihoods(
                    rule.conditions(),
                    facts,
                    likelihoods,
                    contribution == null || contribution.points() == 0
                            ? rule.id() + " does not apply"
                            : rule.id() + " " + (contribution.points() > 0 ? "+" : "") + contribution.points());
            if (contribution == null || contribution.points() == 0) {
                continue;
            }
            contributions.add(contribution);
            if (rule.isEventRule()) {
                engagement += contribution.points();
            } else {
                fit += contribution.points();
            }
        }
        contributions.sort(BY_INFLUENCE);
        int total = fit + engagement;
        int score = scale.apply(total);
        FitGrade fitGrade = grades.fit(fit);
        RuleState signals = state.state(ModelState.FAST_TRACK);
        boolean fastTrackConditions = !fastTrack.conditions().isEmpty()
                && fastTrack.conditions().stream().allMatch(c -> c.test(facts::get));
        noteLikelihoods(
                fastTrack.conditions(), facts, likelihoods, fastTrackConditions ? "fast-track" : "no fast-track");
        return new ModelScore(
                id,
                version,
                segment.name(),
                segment.priority(),
                segment.matches(facts::get),
                asOf,
                score,
                fit,
                engagement,
                score - total,
                fitGrade,
                grades.engagement(engagement),
                contributions,
                signals.eventIds(),
                fastTrackConditions,
                likelihoods);
    }

    /** One line per likelihood condition: how it read for the lead and what it did. */
    private static void noteLikelihoods(
            List<Condition> conditions, LeadFacts facts, List<String> notes, String effect) {
        for (Condition condition : conditions) {
            if (condition.likelihoodModel() != null) {
                notes.add(condition.explainLikelihood(facts) + ": " + effect);
            }
        }
    }

    /** The predictive models whose likelihood this model's conditions read. */
    public java.util.Set<String> likelihoodModels() {
        java.util.Set<String> models = new java.util.TreeSet<>();
        java.util.stream.Stream.concat(
                        rules.stream().flatMap(r -> r.conditions().stream()), fastTrack.conditions().stream())
                .map(Condition::likelihoodModel)
                .filter(java.util.Objects::nonNull)
                .forEach(models::add);
        return models;
    }

    private Contribution behaviour(Rule rule, RuleState state, Instant asOf) {
        if (state.count() == 0) {
            return null;
        }
        Duration life = halfLifeOf(rule);
        double value;
        if (rule.counted() != null) {
            Counted counted = rule.counted();
            if (state.count() < counted.atLeast()) {
                return null;
            }
            Instant nth = state.recent().get(counted.atLeast() - 1).at();
            if (counted.within() != null
                    && asOf.toEpochMilli() - nth.toEpochMilli()
                            > counted.within().toMillis()) {
                return null;
            }
            long age = Math.max(0, asOf.toEpochMilli() - nth.toEpochMilli());
            value = life == null ? rule.points() : rule.points() * Math.pow(2, -age / (double) life.toMillis());
        } else {
            value = state.valueAt(asOf, life);
            if (rule.cap() != null && Math.abs(value) > rule.cap()) {
                value = Math.signum(value) * rule.cap();
            }
        }
        return new Contribution(
                rule.id(), rule.category(), rule.label(), (int) Math.round(value), state.count(), state.eventIds());
    }

    /** Whether the score qualifies at once: a buying signal from a lead that fits well enough. */
    public boolean fastTracks(ModelScore score) {
        return (!score.fastTrackEvents().isEmpty() || score.fastTrackConditions())
                && fastTrack.allows(score.fitGrade());
    }

    public boolean reachesThreshold(ModelScore score) {
        return score.score() >= threshold;
    }

    /** Whether the score would qualify the lead (threshold or fast-track), before its minimum data is asked. */
    public boolean wouldQualify(ModelScore score) {
        return fastTracks(score) || reachesThreshold(score);
    }

    /** The required attributes the lead lacks (absent or blank), in the model's order; empty when it has them all. */
    public List<String> missing(LeadFacts facts) {
        return requires.stream()
                .filter(name -> {
                    String value = facts.get(name);
                    return value == null || value.isBlank();
                })
                .toList();
    }

    public String key() {
        return id + "@" + version;
    }
}
