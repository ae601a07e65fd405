package io.leadflow.ingestion.application.port.out;

import io.leadflow.ingestion.application.port.in.ImportJobView.RowError;
import io.leadflow.ingestion.domain.ImportJob;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The durable queue of CSV imports: the job with its file, its committed progress and its row errors. */
public interface ImportJobs {

    void create(ImportJob job, String content);

    Optional<ImportJob> find(UUID id);

    List<RowError> errors(UUID id, int limit);

    /** The oldest open job with its file, locked for this transaction; other workers skip it meanwhile. */
    Optional<ClaimedImport> claimNext();

    void saveProgress(ImportJob job);

    void addErrors(UUID id, List<RowError> errors);

    /** A job claimed by a worker, and the file it works through. */
    record ClaimedImport(ImportJob job, String content) {}
}
