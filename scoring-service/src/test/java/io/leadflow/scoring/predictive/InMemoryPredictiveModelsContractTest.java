package io.leadflow.scoring.predictive;

import io.leadflow.scoring.application.port.out.predictive.PredictiveModelRepository;
import io.leadflow.scoring.application.port.out.predictive.PredictiveModelRepositoryContract;

class InMemoryPredictiveModelsContractTest extends PredictiveModelRepositoryContract {

    private final InMemoryPredictiveModels models = new InMemoryPredictiveModels();

    @Override
    protected PredictiveModelRepository models() {
        return models;
    }
}
