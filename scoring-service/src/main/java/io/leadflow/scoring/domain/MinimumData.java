package io.leadflow.scoring.domain;

import io.leadflow.scoring.domain.model.ScoringModel;
import java.util.List;
import java.util.Optional;

/** The minimum data rule: a score that qualifies makes an MQL only when the lead has what its model requires. */
final class MinimumData {

    private MinimumData() {}

    /** Whether {@code score} makes the lead an MQL: it reaches the threshold or fast-tracks, and nothing is missing. */
    static boolean qualifies(ScoringModel model, ModelScore score, LeadFacts facts) {
        return model.wouldQualify(score) && model.missing(facts).isEmpty();
    }

    /** What the lead lacks although {@code score} qualifies under {@code model}; empty when it qualifies or has all. */
    static Optional<NeedsData> lacking(ScoringModel model, ModelScore score, LeadFacts facts) {
        List<String> missing = model.missing(facts);
        return model.wouldQualify(score) && !missing.isEmpty()
                ? Optional.of(new NeedsData(model.id(), model.version(), trigger(score, model), missing))
                : Optional.empty();
    }

    /** What makes the score qualify, as the explanation's first line says it. */
    static String trigger(ModelScore score, ScoringModel model) {
        if (!model.fastTracks(score)) {
            return "Score " + score.score() + " reached threshold " + model.threshold();
        }
        return score.fastTrackEvents().isEmpty()
                ? "Fast-track: "
                        + score.likelihoods().stream()
                                .filter(line -> line.endsWith(": fast-track"))
                                .map(line -> line.substring(0, line.length() - ": fast-track".length()))
                                .collect(java.util.stream.Collectors.joining(", "))
                        + ", fit grade " + score.fitGrade()
                : "Fast-track: buying signal from a lead with fit grade " + score.fitGrade();
    }
}
