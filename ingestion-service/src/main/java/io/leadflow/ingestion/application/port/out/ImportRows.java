package io.leadflow.ingestion.application.port.out;

import java.util.List;
import java.util.Map;

/**
 * Reads an import file once, front to back, handing its header and then each row on as they are read: a file is
 * never parsed twice. A broken file (no header, an empty or repeated column, an unclosed quote) or one past the
 * limits (rows, columns, length of a value) is refused with an {@link io.leadflow.kernel.InvalidValueException}
 * naming the rule and the line.
 */
public interface ImportRows {

    void read(String content, Reading reading);

    /** Where the rows go as they are read. */
    interface Reading {

        /** The column names of the header row, before any row. */
        void header(List<String> columns);

        void row(Row row);
    }

    /** A row by its line number in the file (the header is line 1) and its values by column name. */
    record Row(long line, Map<String, String> values) {}
}
