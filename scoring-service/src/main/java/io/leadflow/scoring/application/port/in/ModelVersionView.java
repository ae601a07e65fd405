package io.leadflow.scoring.application.port.in;

import io.leadflow.scoring.domain.model.ModelStatus;
import java.time.Instant;

/**
 * One version of a model as stored: its status and the document as written (maps, lists and scalars).
 *
 * @param publishedAt {@code null} until published; {@code archivedAt} likewise
 * @param publishedBy who published it (the caller the gateway signed), null until then or when unknown;
 *     {@code archivedBy} likewise
 */
public record ModelVersionView(
        String modelId,
        int version,
        ModelStatus status,
        Object document,
        Instant createdAt,
        Instant publishedAt,
        Instant archivedAt,
        String publishedBy,
        String archivedBy) {}
