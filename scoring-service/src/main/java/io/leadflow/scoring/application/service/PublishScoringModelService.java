package io.leadflow.scoring.application.service;

import io.leadflow.scoring.application.port.in.ChangeModelStatusCommand;
import io.leadflow.scoring.application.port.in.ModelConflictException;
import io.leadflow.scoring.application.port.in.ModelNotFoundException;
import io.leadflow.scoring.application.port.in.ModelVersionView;
import io.leadflow.scoring.application.port.in.PublishScoringModelUseCase;
import io.leadflow.scoring.application.port.in.RescoringView;
import io.leadflow.scoring.application.port.out.LeadScoreRepository;
import io.leadflow.scoring.application.port.out.RescoringJobs;
import io.leadflow.scoring.application.port.out.ScoringModelRepository;
import io.leadflow.scoring.application.service.ScoringServices.Ports;
import io.leadflow.scoring.domain.model.ModelStatus;
import io.leadflow.scoring.domain.model.ScoringModel;
import java.time.Clock;
import java.time.Instant;
import org.springframework.transaction.annotation.Transactional;

/** Publishing: status moves under the catalogue lock, never an edit of a published document. */
class PublishScoringModelService implements PublishScoringModelUseCase {

    private final ScoringModelRepository models;
    private final LeadScoreRepository leads;
    private final RescoringJobs rescoring;
    private final Clock clock;

    PublishScoringModelService(Ports ports) {
        this.models = ports.models();
        this.leads = ports.leads();
        this.rescoring = ports.rescoring();
        this.clock = ports.clock();
    }

    @Override
    @Transactional
    public RescoringView publish(ChangeModelStatusCommand command) {
        models.lockCatalogue();
        ModelVersionView version = models.find(command.modelId(), command.version())
                .orElseThrow(() -> new ModelNotFoundException(command.modelId(), command.version()));
        if (version.status() == ModelStatus.PUBLISHED) {
            return rescoring
                    .latest(command.modelId(), command.version())
                    .orElseGet(() -> new RescoringView(
                            0,
                            command.modelId(),
                            command.version(),
                            0,
                            0,
                            null,
                            version.publishedAt(),
                            version.publishedAt()));
        }
        if (version.status() != ModelStatus.DRAFT) {
            throw new ModelConflictException(
                    "version",
                    "version.archived",
                    "version " + command.version() + " is archived; publish a new version instead");
        }
        ScoringModel model = models.model(command.modelId(), command.version()).orElseThrow();
        for (ScoringModel other : models.published()) {
            if (!other.id().equals(model.id())
                    && other.segment().priority() == model.segment().priority()
                    && other.segment().mayOverlap(model.segment())) {
                throw new ModelConflictException(
                        "segment.priority",
                        "segment.overlap",
                        "segment "
                                + model.segment().name() + " may overlap segment "
                                + other.segment().name() + " of model "
                                + other.id() + " with the same priority "
                                + other.segment().priority()
                                + "; give one of them another priority or disjoint filters");
            }
        }
        Instant now = clock.instant();
        for (ModelVersionView other : models.versions(command.modelId())) {
            if (other.status() == ModelStatus.PUBLISHED) {
                models.setStatus(other.modelId(), other.version(), ModelStatus.ARCHIVED, now, command.actor());
            }
        }
        models.setStatus(command.modelId(), command.version(), ModelStatus.PUBLISHED, now, command.actor());
        return rescoring.start(command.modelId(), command.version(), leads.count(), now);
    }
}
