package io.leadflow.scoring.application.service;

import io.leadflow.scoring.application.port.in.DraftScoringModelCommand;
import io.leadflow.scoring.application.port.in.DraftScoringModelUseCase;
import io.leadflow.scoring.application.port.in.ModelConflictException;
import io.leadflow.scoring.application.port.in.ModelNotFoundException;
import io.leadflow.scoring.application.port.in.ModelVersionView;
import io.leadflow.scoring.application.port.out.ScoringModelRepository;
import io.leadflow.scoring.application.service.ScoringServices.Ports;
import io.leadflow.scoring.domain.model.InvalidModelException;
import io.leadflow.scoring.domain.model.ModelDocument;
import io.leadflow.scoring.domain.model.ModelStatus;
import io.leadflow.scoring.domain.model.ModelViolation;
import io.leadflow.scoring.domain.model.ScoringModel;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;

class DraftScoringModelService implements DraftScoringModelUseCase {

    private final ScoringModelRepository models;
    private final Clock clock;

    DraftScoringModelService(Ports ports) {
        this.models = ports.models();
        this.clock = ports.clock();
    }

    @Override
    @Transactional
    public ModelVersionView draft(DraftScoringModelCommand command) {
        ScoringModel model = ModelDocument.parse(command.document(), 1);
        models.lockCatalogue();
        Instant now = clock.instant();
        if (command.modelId() == null) {
            if (!models.versions(model.id()).isEmpty()) {
                throw new ModelConflictException(
                        "id",
                        "model.exists",
                        "model " + model.id() + " exists; add a version at /api/v1/scoring-models/" + model.id()
                                + "/versions");
            }
            models.insert(model.id(), 1, command.document(), now);
            return models.find(model.id(), 1).orElseThrow();
        }
        List<ModelVersionView> versions = models.versions(command.modelId());
        if (versions.isEmpty()) {
            throw new ModelNotFoundException(command.modelId(), null);
        }
        if (!model.id().equals(command.modelId())) {
            throw new InvalidModelException(
                    List.of(new ModelViolation("id", "id.mismatch", "the document's id must be " + command.modelId())));
        }
        if (command.version() == null) {
            int next = versions.getLast().version() + 1;
            models.insert(model.id(), next, command.document(), now);
            return models.find(model.id(), next).orElseThrow();
        }
        ModelVersionView current = models.find(command.modelId(), command.version())
                .orElseThrow(() -> new ModelNotFoundException(command.modelId(), command.version()));
        if (current.status() != ModelStatus.DRAFT) {
            throw new ModelConflictException(
                    "version",
                    "version.not-draft",
                    "version " + command.version() + " is " + current.status()
                            + "; only drafts change, publish a new version instead");
        }
        models.replaceDraft(command.modelId(), command.version(), command.document(), now);
        return models.find(command.modelId(), command.version()).orElseThrow();
    }
}
