package io.leadflow.scoring.application.service;

import io.leadflow.scoring.application.port.in.predictive.AucBelowFloorException;
import io.leadflow.scoring.application.port.in.predictive.ChangePredictiveVersionCommand;
import io.leadflow.scoring.application.port.in.predictive.PredictiveConflictException;
import io.leadflow.scoring.application.port.in.predictive.PredictiveModelNotFoundException;
import io.leadflow.scoring.application.port.in.predictive.PublishPredictiveModelUseCase;
import io.leadflow.scoring.application.port.out.predictive.PredictiveModelRepository;
import io.leadflow.scoring.domain.model.ModelStatus;
import io.leadflow.scoring.domain.predictive.PredictiveVersion;
import java.time.Clock;
import org.springframework.transaction.annotation.Transactional;

/** Publishes a draft whose hold-out AUC reaches the floor, archiving the model's former published version. */
class PublishPredictiveModelService implements PublishPredictiveModelUseCase {

    private final PredictiveModelRepository models;
    private final Clock clock;
    private final double aucFloor;

    PublishPredictiveModelService(PredictiveModelRepository models, Clock clock, double aucFloor) {
        this.models = models;
        this.clock = clock;
        this.aucFloor = aucFloor;
    }

    @Override
    @Transactional
    public PredictiveVersion publish(ChangePredictiveVersionCommand command) {
        PredictiveVersion version = find(command);
        if (version.status() != ModelStatus.DRAFT) {
            throw new PredictiveConflictException(
                    "version",
                    "version.notDraft",
                    "version " + version.version() + " is " + version.status() + "; only a draft can be published");
        }
        Double auc = version.evaluation().auc();
        if (auc == null || auc < aucFloor) {
            throw new AucBelowFloorException(auc, aucFloor);
        }
        models.versions(command.modelId()).stream()
                .filter(v -> v.status() == ModelStatus.PUBLISHED)
                .forEach(former -> models.update(former.archived(command.actor())));
        PredictiveVersion published = version.published(clock.instant(), command.actor());
        models.update(published);
        return published;
    }

    @Override
    @Transactional
    public PredictiveVersion archive(ChangePredictiveVersionCommand command) {
        PredictiveVersion version = find(command);
        if (version.status() == ModelStatus.ARCHIVED) {
            throw new PredictiveConflictException(
                    "version", "version.archived", "version " + version.version() + " is archived already");
        }
        PredictiveVersion archived = version.archived(command.actor());
        models.update(archived);
        return archived;
    }

    private PredictiveVersion find(ChangePredictiveVersionCommand command) {
        if (models.lock(command.modelId()).isEmpty()) {
            throw new PredictiveModelNotFoundException(command.modelId(), null);
        }
        return models.version(command.modelId(), command.version())
                .orElseThrow(() -> new PredictiveModelNotFoundException(command.modelId(), command.version()));
    }
}
