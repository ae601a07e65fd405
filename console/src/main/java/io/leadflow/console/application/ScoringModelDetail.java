package io.leadflow.console.application;

import org.jspecify.annotations.Nullable;

/**
 * What the model page shows: the model with its versions, the published version (read-only) and the draft being
 * edited; {@code draft} is null when there is none yet (saving then adds a new draft version).
 */
public record ScoringModelDetail(
        ScoringModelSummary model,
        @Nullable ModelVersion published,
        @Nullable ModelVersion draft) {}
