package io.leadflow.scoring.application.service;

import io.leadflow.scoring.application.port.in.predictive.CreatePredictiveModelCommand;
import io.leadflow.scoring.application.port.in.predictive.CreatePredictiveModelUseCase;
import io.leadflow.scoring.application.port.in.predictive.PredictiveConflictException;
import io.leadflow.scoring.application.port.out.predictive.PredictiveModelRepository;
import io.leadflow.scoring.domain.predictive.PredictiveModel;
import java.time.Clock;
import org.springframework.transaction.annotation.Transactional;

class CreatePredictiveModelService implements CreatePredictiveModelUseCase {

    private final PredictiveModelRepository models;
    private final Clock clock;

    CreatePredictiveModelService(PredictiveModelRepository models, Clock clock) {
        this.models = models;
        this.clock = clock;
    }

    @Override
    @Transactional
    public PredictiveModel create(CreatePredictiveModelCommand command) {
        PredictiveModel model =
                new PredictiveModel(command.id(), command.description(), clock.instant(), command.actor());
        if (!models.create(model)) {
            throw new PredictiveConflictException(
                    "id", "id.taken", "a predictive model " + command.id() + " exists already");
        }
        return model;
    }
}
