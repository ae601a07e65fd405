package io.leadflow.scoring.application.port.in;

/**
 * Stores a model document as a draft (a new model, a new version, or a replaced draft) after checking all of it;
 * a bad document is refused whole with every violation, nothing saved.
 */
public interface DraftScoringModelUseCase {

    /**
     * @throws io.leadflow.scoring.domain.model.InvalidModelException when the document is not a valid model
     * @throws ModelConflictException when the model exists (creating), is unknown, or the version is not a draft
     */
    ModelVersionView draft(DraftScoringModelCommand command);
}
