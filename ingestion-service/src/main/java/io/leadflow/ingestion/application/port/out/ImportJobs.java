package io.leadflow.ingestion.application.port.out;

import io.leadflow.ingestion.application.port.in.ImportJobView.RowError;
import io.leadflow.ingestion.domain.ImportJob;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The durable queue of CSV imports: the job, the rows of its file still to import (staged once when the file is
 * read, dropped as they are imported), its committed progress and its row errors.
 */
public interface ImportJobs {

    void create(ImportJob job);

    /** Stages rows of the job's file, numbered from {@code firstIndex} (0 for the first row of the file). */
    void addRows(UUID id, int firstIndex, List<ImportRows.Row> rows);

    /** Up to {@code max} staged rows of the job from the row numbered {@code from}, in file order. */
    List<ImportRows.Row> rows(UUID id, int from, int max);

    Optional<ImportJob> find(UUID id);

    List<RowError> errors(UUID id, int limit);

    /** The oldest open job, locked for this transaction; other workers skip it meanwhile. */
    Optional<ImportJob> claimNext();

    /** Saves the job's progress and drops its staged rows before {@code doneRows}. */
    void saveProgress(ImportJob job);

    void addErrors(UUID id, List<RowError> errors);
}
