package io.leadflow.scoring.domain;

import io.leadflow.scoring.domain.model.ScoringModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The published models one lead is scored under and the lead's incremental {@link ModelState} under each, keyed by
 * model ({@code id@version}). A model published since the lead was last scored has no state until it is rebuilt
 * from the lead's events.
 */
final class ModelStates {

    /** Segment models first: highest priority, then by id. */
    private static final Comparator<ModelScore> SEGMENT_ORDER =
            Comparator.comparingInt(ModelScore::segmentPriority).reversed().thenComparing(ModelScore::modelId);

    private final List<ScoringModel> models;
    private final Map<String, ModelState> states;

    ModelStates(List<ScoringModel> models, Map<String, ModelState> states) {
        this.models = List.copyOf(models);
        this.states = new HashMap<>(states);
    }

    List<ScoringModel> models() {
        return models;
    }

    List<ScoringModel> withoutState() {
        return models.stream().filter(model -> !states.containsKey(model.key())).toList();
    }

    void put(ScoringModel model, ModelState state) {
        states.put(model.key(), state);
    }

    /** Counts the event under every model. */
    void add(Engagement event) {
        for (ScoringModel model : models) {
            states.computeIfAbsent(model.key(), key -> ModelState.empty()).add(model, event);
        }
    }

    /** The score under every model at {@code asOf}: models whose segment the lead is in first, in segment order. */
    List<ModelScore> scores(LeadFacts facts, Instant asOf) {
        List<ModelScore> scores = new ArrayList<>();
        for (ScoringModel model : models) {
            scores.add(model.score(states.getOrDefault(model.key(), ModelState.empty()), facts, asOf));
        }
        scores.sort(
                Comparator.comparing((ModelScore score) -> !score.inSegment()).thenComparing(SEGMENT_ORDER));
        return scores;
    }

    /**
     * The name of the lead's segment: that of the highest-priority model whose filter matches (ties by id), null when
     * none does. Segment filters never read a likelihood, so this is known before any likelihood is.
     */
    String segmentOf(LeadFacts facts) {
        return models.stream()
                .filter(model -> model.segment().matches(facts::get))
                .min(Comparator.comparingInt(
                                (ScoringModel model) -> -model.segment().priority())
                        .thenComparing(ScoringModel::id))
                .map(model -> model.segment().name())
                .orElse(null);
    }

    /** The model a score was computed under. */
    ScoringModel modelOf(ModelScore score) {
        return models.stream()
                .filter(model -> model.id().equals(score.modelId()) && model.version() == score.modelVersion())
                .findFirst()
                .orElseThrow();
    }

    Map<String, ModelState> snapshot() {
        return Map.copyOf(states);
    }
}
