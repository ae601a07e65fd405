package io.leadflow.scoring.application.service;

import io.leadflow.scoring.application.port.in.predictive.FindPredictiveModelQuery;
import io.leadflow.scoring.application.port.in.predictive.PredictiveModelNotFoundException;
import io.leadflow.scoring.application.port.in.predictive.PredictiveModelView;
import io.leadflow.scoring.application.port.out.predictive.PredictiveModelRepository;
import io.leadflow.scoring.domain.predictive.PredictiveVersion;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;

class FindPredictiveModelService implements FindPredictiveModelQuery {

    private final PredictiveModelRepository models;

    FindPredictiveModelService(PredictiveModelRepository models) {
        this.models = models;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PredictiveModelView> models() {
        return models.models().stream()
                .map(model -> new PredictiveModelView(model, models.versions(model.id())))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public PredictiveModelView model(String modelId) {
        return models.model(modelId)
                .map(model -> new PredictiveModelView(model, models.versions(modelId)))
                .orElseThrow(() -> new PredictiveModelNotFoundException(modelId, null));
    }

    @Override
    @Transactional(readOnly = true)
    public PredictiveVersion version(String modelId, int version) {
        return models.version(modelId, version)
                .orElseThrow(() -> new PredictiveModelNotFoundException(modelId, version));
    }
}
