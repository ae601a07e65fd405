package io.leadflow.ingestion.application.port.in;

import io.leadflow.ingestion.domain.ImportJob;
import java.util.Optional;
import java.util.UUID;

/**
 * Imports run in the background: starting one checks the header and stores the file as a job; a worker then works
 * through it chunk by chunk, each chunk committed with its progress and its row errors.
 */
public interface ImportJobUseCase {

    ImportJob startImport(StartImportCommand command);

    Optional<ImportJobView> findImport(UUID id);

    /** Works one chunk of the oldest open job; false when there was nothing to do. */
    boolean processNextChunk();
}
