package io.leadflow.ingestion.application.port.out;

import java.util.List;
import java.util.Map;

/**
 * Reads the rows of an import file. A broken file (no header, an empty or repeated column, an unclosed quote) is
 * refused with an {@link io.leadflow.kernel.InvalidValueException} naming the rule.
 */
public interface ImportRows {

    /** The column names of the header row. */
    List<String> header(String content);

    int countRows(String content);

    /** Up to {@code max} rows after the first {@code skip} ones. */
    List<Row> read(String content, int skip, int max);

    /** A row by its line number in the file (the header is line 1) and its values by column name. */
    record Row(long line, Map<String, String> values) {}
}
