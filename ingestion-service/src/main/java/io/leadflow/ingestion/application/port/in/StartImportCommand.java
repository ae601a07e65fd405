package io.leadflow.ingestion.application.port.in;

import io.leadflow.ingestion.domain.ImportKind;
import io.leadflow.kernel.InvalidValueException;

/** A CSV file (with a header row) of contacts or events to import in the background. */
public record StartImportCommand(ImportKind kind, String csv, String requestedBy, String correlationId) {

    public StartImportCommand {
        Texts.require(kind, "kind");
        Texts.require(correlationId, "correlationId");
        if (csv == null || csv.isBlank()) {
            throw new InvalidValueException("file", "file.required", "a CSV file is required");
        }
        Texts.printable(csv, "file");
    }
}
