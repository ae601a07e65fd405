package io.leadflow.scoring.application.port.in;

/**
 * A model document to store as a draft.
 *
 * @param modelId {@code null} to create a new model (its id is the document's {@code id}); else the model
 * @param version {@code null} for a new version; else the draft version to replace
 * @param document the document as read from JSON or YAML (maps, lists, scalars)
 */
public record DraftScoringModelCommand(String modelId, Integer version, Object document) {

    public DraftScoringModelCommand {
        Require.present(document, "document");
    }
}
