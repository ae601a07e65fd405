package io.leadflow.scoring.application.port.out;

import io.leadflow.scoring.application.port.in.ModelVersionView;
import io.leadflow.scoring.domain.model.ModelStatus;
import io.leadflow.scoring.domain.model.ScoringModel;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The versioned model documents. The published versions are read on every scored event, so an implementation may
 * cache their parsed form as long as it notices a publish by any replica.
 */
public interface ScoringModelRepository {

    /**
     * Holds the model catalogue for the rest of the transaction, so that two publishes (or drafts of the same model)
     * never interleave. Must run in a transaction.
     */
    void lockCatalogue();

    /** Stores a new version; the document is kept as the marketer wrote it (as JSON). */
    void insert(String modelId, int version, Object document, Instant at);

    /** Replaces a draft's document. */
    void replaceDraft(String modelId, int version, Object document, Instant at);

    /** @param actor who made the change, kept as the publisher or archiver */
    void setStatus(String modelId, int version, ModelStatus status, Instant at, String actor);

    Optional<ModelVersionView> find(String modelId, int version);

    /** Every version of the model, oldest first; empty for an unknown model. */
    List<ModelVersionView> versions(String modelId);

    /** Every model's id, alphabetically. */
    List<String> modelIds();

    /** The parsed documents of every published version. */
    List<ScoringModel> published();

    /** The parsed document of any version. */
    Optional<ScoringModel> model(String modelId, int version);
}
