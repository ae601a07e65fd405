package io.leadflow.scoring.application.service;

import io.leadflow.scoring.application.port.in.ArchiveScoringModelUseCase;
import io.leadflow.scoring.application.port.in.ChangeModelStatusCommand;
import io.leadflow.scoring.application.port.in.ModelConflictException;
import io.leadflow.scoring.application.port.in.ModelNotFoundException;
import io.leadflow.scoring.application.port.in.ModelVersionView;
import io.leadflow.scoring.application.port.out.ScoringModelRepository;
import io.leadflow.scoring.application.service.ScoringServices.Ports;
import io.leadflow.scoring.domain.model.ModelStatus;
import java.time.Clock;
import org.springframework.transaction.annotation.Transactional;

/** Archiving under the catalogue lock; the last published model stays, or no lead would be scored. */
class ArchiveScoringModelService implements ArchiveScoringModelUseCase {

    private final ScoringModelRepository models;
    private final Clock clock;

    ArchiveScoringModelService(Ports ports) {
        this.models = ports.models();
        this.clock = ports.clock();
    }

    @Override
    @Transactional
    public ModelVersionView archive(ChangeModelStatusCommand command) {
        models.lockCatalogue();
        ModelVersionView version = models.find(command.modelId(), command.version())
                .orElseThrow(() -> new ModelNotFoundException(command.modelId(), command.version()));
        if (version.status() == ModelStatus.ARCHIVED) {
            return version;
        }
        if (version.status() == ModelStatus.PUBLISHED && models.published().size() == 1) {
            throw new ModelConflictException(
                    "version",
                    "model.last-published",
                    "this is the only published model; publish another one first, or leads would not be scored");
        }
        models.setStatus(command.modelId(), command.version(), ModelStatus.ARCHIVED, clock.instant(), command.actor());
        return models.find(command.modelId(), command.version()).orElseThrow();
    }
}
