package io.leadflow.scoring.predictive;

import io.leadflow.scoring.application.port.in.ModelVersionView;
import io.leadflow.scoring.application.port.out.ScoringModelRepository;
import io.leadflow.scoring.domain.model.ModelStatus;
import io.leadflow.scoring.domain.model.ScoringModel;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The published rule models a predictive version is compared with; nothing else is asked of them in training. */
final class PublishedRuleModels implements ScoringModelRepository {

    private final List<ScoringModel> published;

    PublishedRuleModels(List<ScoringModel> published) {
        this.published = List.copyOf(published);
    }

    @Override
    public void lockCatalogue() {}

    @Override
    public void insert(String modelId, int version, Object document, Instant at) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void replaceDraft(String modelId, int version, Object document, Instant at) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void setStatus(String modelId, int version, ModelStatus status, Instant at, String actor) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<ModelVersionView> find(String modelId, int version) {
        return Optional.empty();
    }

    @Override
    public List<ModelVersionView> versions(String modelId) {
        return List.of();
    }

    @Override
    public List<String> modelIds() {
        return published.stream().map(ScoringModel::id).toList();
    }

    @Override
    public List<ScoringModel> published() {
        return published;
    }

    @Override
    public Optional<ScoringModel> model(String modelId, int version) {
        return published.stream()
                .filter(m -> m.id().equals(modelId) && m.version() == version)
                .findFirst();
    }
}
