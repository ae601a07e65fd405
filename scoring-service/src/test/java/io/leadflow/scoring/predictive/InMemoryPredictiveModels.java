package io.leadflow.scoring.predictive;

import io.leadflow.scoring.application.port.out.predictive.PredictiveModelRepository;
import io.leadflow.scoring.domain.model.ModelStatus;
import io.leadflow.scoring.domain.predictive.PredictiveModel;
import io.leadflow.scoring.domain.predictive.PredictiveVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Predictive models in memory, numbered and kept as the JDBC adapter keeps them. */
public final class InMemoryPredictiveModels implements PredictiveModelRepository {

    private final Map<String, PredictiveModel> models = new TreeMap<>();
    private final Map<String, TreeMap<Integer, PredictiveVersion>> versions = new TreeMap<>();
    private final Map<String, byte[]> trees = new TreeMap<>();

    @Override
    public synchronized boolean create(PredictiveModel model) {
        if (models.containsKey(model.id())) {
            return false;
        }
        models.put(model.id(), model);
        versions.put(model.id(), new TreeMap<>());
        return true;
    }

    @Override
    public synchronized Optional<PredictiveModel> model(String id) {
        return Optional.ofNullable(models.get(id));
    }

    @Override
    public synchronized Optional<PredictiveModel> lock(String id) {
        return model(id);
    }

    @Override
    public synchronized List<PredictiveModel> models() {
        return List.copyOf(models.values());
    }

    @Override
    public synchronized List<PredictiveVersion> versions(String modelId) {
        return versions.containsKey(modelId) ? List.copyOf(versions.get(modelId).values()) : List.of();
    }

    @Override
    public synchronized Optional<PredictiveVersion> version(String modelId, int version) {
        return Optional.ofNullable(
                versions.getOrDefault(modelId, new TreeMap<>()).get(version));
    }

    @Override
    public synchronized PredictiveVersion add(PredictiveVersion trained, byte[] bytes) {
        TreeMap<Integer, PredictiveVersion> ofModel = versions.get(trained.modelId());
        int number = ofModel.isEmpty() ? 1 : ofModel.lastKey() + 1;
        PredictiveVersion stored = new PredictiveVersion(
                trained.modelId(),
                number,
                trained.status(),
                trained.trainedAt(),
                trained.trainedBy(),
                trained.features(),
                trained.evaluation(),
                null,
                null,
                null);
        ofModel.put(number, stored);
        trees.put(trained.modelId() + "/" + number, bytes.clone());
        return stored;
    }

    @Override
    public synchronized void update(PredictiveVersion version) {
        versions.get(version.modelId()).put(version.version(), version);
    }

    @Override
    public synchronized byte[] trees(String modelId, int version) {
        return trees.get(modelId + "/" + version).clone();
    }

    @Override
    public synchronized List<PredictiveVersion> published() {
        List<PredictiveVersion> published = new ArrayList<>();
        versions.values()
                .forEach(ofModel -> ofModel.values().stream()
                        .filter(v -> v.status() == ModelStatus.PUBLISHED)
                        .forEach(published::add));
        return published;
    }
}
