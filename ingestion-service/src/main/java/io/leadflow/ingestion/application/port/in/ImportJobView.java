package io.leadflow.ingestion.application.port.in;

import io.leadflow.ingestion.domain.ImportJob;
import java.util.List;

/** An import's progress and the rows it refused, with their line numbers in the file. */
public record ImportJobView(ImportJob job, List<RowError> errors) {

    public ImportJobView {
        errors = List.copyOf(errors);
    }

    /** A refused row: its line in the file (the header is line 1), the field and the rule it broke. */
    public record RowError(long line, String field, String rule, String detail) {}
}
