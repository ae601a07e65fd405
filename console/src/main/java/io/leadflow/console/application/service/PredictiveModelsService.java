package io.leadflow.console.application.service;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.PredictiveModel;
import io.leadflow.console.application.PredictiveVersion;
import io.leadflow.console.application.port.in.PredictiveModelsUseCase;
import io.leadflow.console.application.port.out.PredictiveModelApi;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
class PredictiveModelsService implements PredictiveModelsUseCase {

    private static final Comparator<PredictiveVersion> NEWEST_FIRST =
            Comparator.comparingInt(PredictiveVersion::version).reversed();

    private final PredictiveModelApi api;

    PredictiveModelsService(PredictiveModelApi api) {
        this.api = api;
    }

    @Override
    public List<PredictiveModel> models(Caller caller) {
        return api.models(caller).stream()
                .map(PredictiveModelsService::newestFirst)
                .sorted(Comparator.comparing(PredictiveModel::id))
                .toList();
    }

    @Override
    public PredictiveModel model(Caller caller, String modelId) {
        return newestFirst(api.model(caller, modelId));
    }

    @Override
    public PredictiveVersion version(Caller caller, String modelId, int version) {
        return api.version(caller, modelId, version);
    }

    @Override
    public PredictiveModel create(Caller caller, String modelId, String description) {
        return api.create(caller, modelId.strip(), description.strip());
    }

    @Override
    public PredictiveVersion train(Caller caller, String modelId) {
        return api.train(caller, modelId);
    }

    @Override
    public PredictiveVersion publish(Caller caller, String modelId, int version) {
        return api.publish(caller, modelId, version);
    }

    @Override
    public PredictiveVersion archive(Caller caller, String modelId, int version) {
        return api.archive(caller, modelId, version);
    }

    private static PredictiveModel newestFirst(PredictiveModel model) {
        return new PredictiveModel(
                model.id(),
                model.description(),
                model.createdAt(),
                model.createdBy(),
                model.versions().stream().sorted(NEWEST_FIRST).toList());
    }
}
