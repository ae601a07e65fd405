package io.leadflow.scoring.application.service;

import io.leadflow.scoring.application.port.out.ScoringModelRepository;
import io.leadflow.scoring.application.port.out.ScoringModelRepositoryContract;

class InMemoryScoringModelsContractTest extends ScoringModelRepositoryContract {

    private final InMemoryScoringModels models = new InMemoryScoringModels();

    @Override
    protected ScoringModelRepository models() {
        return models;
    }
}
