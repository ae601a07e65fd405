package io.leadflow.scoring.testing;

import io.leadflow.scoring.application.port.in.ModelVersionView;
import io.leadflow.scoring.application.port.out.ScoringModelRepository;
import io.leadflow.scoring.domain.model.ModelStatus;
import io.leadflow.scoring.domain.model.ScoringModel;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A catalogue of rule models that a test only reads: the published ones, and any other versions it may look up
 * (drafts, archived). Writing to it fails the test, since the code under test has no business changing models.
 */
public final class ReadOnlyScoringModels implements ScoringModelRepository {

    private final List<ScoringModel> published;
    private final List<ScoringModel> others;

    public ReadOnlyScoringModels(List<ScoringModel> published, List<ScoringModel> others) {
        this.published = List.copyOf(published);
        this.others = List.copyOf(others);
    }

    public static ReadOnlyScoringModels published(ScoringModel... models) {
        return new ReadOnlyScoringModels(List.of(models), List.of());
    }

    @Override
    public void lockCatalogue() {}

    @Override
    public void insert(String modelId, int version, Object document, Instant at) {
        throw new AssertionError("the models are only read here; nothing may insert " + modelId);
    }

    @Override
    public void replaceDraft(String modelId, int version, Object document, Instant at) {
        throw new AssertionError("the models are only read here; nothing may replace " + modelId);
    }

    @Override
    public void setStatus(String modelId, int version, ModelStatus status, Instant at, String actor) {
        throw new AssertionError("the models are only read here; nothing may set the status of " + modelId);
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
        return Stream.concat(published.stream(), others.stream())
                .map(ScoringModel::id)
                .distinct()
                .toList();
    }

    @Override
    public List<ScoringModel> published() {
        return published;
    }

    @Override
    public Optional<ScoringModel> model(String modelId, int version) {
        return Stream.concat(published.stream(), others.stream())
                .filter(model -> model.id().equals(modelId) && model.version() == version)
                .findFirst();
    }
}
