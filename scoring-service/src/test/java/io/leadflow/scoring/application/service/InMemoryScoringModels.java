package io.leadflow.scoring.application.service;

import io.leadflow.scoring.application.port.in.ModelVersionView;
import io.leadflow.scoring.application.port.out.ScoringModelRepository;
import io.leadflow.scoring.domain.model.ModelDocument;
import io.leadflow.scoring.domain.model.ModelStatus;
import io.leadflow.scoring.domain.model.ScoringModel;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Model versions in a map by model id and version, as the table keeps them: a version is stored once, only a draft's
 * document changes, and a model has at most one published version. One caller at a time, so the catalogue lock is a
 * no-op.
 */
final class InMemoryScoringModels implements ScoringModelRepository {

    private final Map<String, TreeMap<Integer, ModelVersionView>> byModel = new TreeMap<>();

    @Override
    public void lockCatalogue() {}

    @Override
    public void insert(String modelId, int version, Object document, Instant at) {
        TreeMap<Integer, ModelVersionView> versions = byModel.computeIfAbsent(modelId, id -> new TreeMap<>());
        if (versions.containsKey(version)) {
            throw new IllegalStateException(modelId + " v" + version + " exists");
        }
        versions.put(
                version,
                new ModelVersionView(modelId, version, ModelStatus.DRAFT, document, at, null, null, null, null));
    }

    @Override
    public void replaceDraft(String modelId, int version, Object document, Instant at) {
        find(modelId, version)
                .filter(v -> v.status() == ModelStatus.DRAFT)
                .ifPresent(v -> byModel.get(modelId)
                        .put(
                                version,
                                new ModelVersionView(
                                        modelId,
                                        version,
                                        v.status(),
                                        document,
                                        v.createdAt(),
                                        null,
                                        null,
                                        null,
                                        null)));
    }

    @Override
    public void setStatus(String modelId, int version, ModelStatus status, Instant at, String actor) {
        find(modelId, version).ifPresent(v -> {
            if (status == ModelStatus.PUBLISHED
                    && versions(modelId).stream()
                            .anyMatch(o -> o.version() != version && o.status() == ModelStatus.PUBLISHED)) {
                throw new IllegalStateException(modelId + " has a published version");
            }
            byModel.get(modelId)
                    .put(
                            version,
                            new ModelVersionView(
                                    modelId,
                                    version,
                                    status,
                                    v.document(),
                                    v.createdAt(),
                                    status == ModelStatus.PUBLISHED ? at : v.publishedAt(),
                                    status == ModelStatus.ARCHIVED ? at : v.archivedAt(),
                                    status == ModelStatus.PUBLISHED ? actor : v.publishedBy(),
                                    status == ModelStatus.ARCHIVED ? actor : v.archivedBy()));
        });
    }

    @Override
    public Optional<ModelVersionView> find(String modelId, int version) {
        return Optional.ofNullable(
                byModel.getOrDefault(modelId, new TreeMap<>()).get(version));
    }

    @Override
    public List<ModelVersionView> versions(String modelId) {
        return List.copyOf(byModel.getOrDefault(modelId, new TreeMap<>()).values());
    }

    @Override
    public List<String> modelIds() {
        return List.copyOf(byModel.keySet());
    }

    @Override
    public List<ScoringModel> published() {
        return byModel.values().stream()
                .flatMap(versions -> versions.values().stream())
                .filter(v -> v.status() == ModelStatus.PUBLISHED)
                .map(v -> ModelDocument.parse(v.document(), v.version()))
                .toList();
    }

    @Override
    public Optional<ScoringModel> model(String modelId, int version) {
        return find(modelId, version).map(v -> ModelDocument.parse(v.document(), version));
    }
}
