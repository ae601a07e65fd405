package io.leadflow.ingestion.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A CSV file being imported in the background. Progress moves in committed chunks, so a crash repeats at most one
 * chunk; the rows of a repeated chunk keep their event ids (derived from the job and the line) and change nothing.
 */
public record ImportJob(
        UUID id,
        ImportKind kind,
        ImportStatus status,
        int totalRows,
        int doneRows,
        int failedRows,
        String requestedBy,
        String correlationId,
        Instant createdAt,
        Instant updatedAt,
        Instant finishedAt) {

    public ImportJob {
        if (id == null || kind == null || status == null || correlationId == null || createdAt == null) {
            throw new IllegalArgumentException("an import job needs an id, a kind, a status and a correlation id");
        }
    }

    public boolean isFinished() {
        return status == ImportStatus.DONE;
    }
}
