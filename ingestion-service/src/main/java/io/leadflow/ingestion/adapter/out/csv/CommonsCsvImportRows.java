package io.leadflow.ingestion.adapter.out.csv;

import io.leadflow.ingestion.application.port.out.ImportRows;
import io.leadflow.kernel.InvalidValueException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.springframework.stereotype.Component;

/**
 * Reads import files with Apache Commons CSV (RFC 4180: quotes, embedded commas and line breaks) in one pass. A row's
 * line number is the physical line it starts on, as an editor shows it: blank lines and quoted values spanning lines
 * count. Limits: at most {@value #MAX_ROWS} rows, {@value #MAX_COLUMNS} columns and {@value #MAX_VALUE} characters in
 * one value; past any of them the whole file is refused, naming the line.
 */
@Component
class CommonsCsvImportRows implements ImportRows {

    static final int MAX_ROWS = 1_000_000;
    static final int MAX_COLUMNS = 200;
    static final int MAX_VALUE = 10_000;

    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .setAllowMissingColumnNames(false)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .get();

    @Override
    public void read(String content, Reading reading) {
        LineCountingReader lines = new LineCountingReader(new StringReader(content));
        try (CSVParser parser = open(lines)) {
            List<String> header = header(parser);
            reading.header(header);
            Iterator<CSVRecord> records = parser.iterator();
            int count = 0;
            while (next(records, parser)) {
                CSVRecord record = records.next();
                long line = lines.lineAt(record.getCharacterPosition());
                if (++count > MAX_ROWS) {
                    throw new InvalidValueException(
                            "file", "csv.rows", "line " + line + ": a file has at most " + MAX_ROWS + " rows");
                }
                if (record.size() > MAX_COLUMNS) {
                    throw new InvalidValueException(
                            "file", "csv.columns", "line " + line + ": a row has at most " + MAX_COLUMNS + " values");
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    String value = i < record.size() ? record.get(i) : null;
                    if (value != null && value.length() > MAX_VALUE) {
                        throw new InvalidValueException(
                                "file",
                                "csv.valueLength",
                                "line " + line + ": the value of " + header.get(i) + " is longer than " + MAX_VALUE
                                        + " characters");
                    }
                    values.put(header.get(i), value);
                }
                reading.row(new Row(line, values));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> header(CSVParser parser) {
        List<String> names = parser.getHeaderNames();
        if (names.isEmpty()) {
            throw broken("the file has no header row");
        }
        if (names.size() > MAX_COLUMNS) {
            throw broken("a file has at most " + MAX_COLUMNS + " columns");
        }
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (name == null || name.isBlank()) {
                throw broken("a column has no name");
            }
            if (name.length() > MAX_VALUE) {
                throw broken("a column name is longer than " + MAX_VALUE + " characters");
            }
            if (!seen.add(name)) {
                throw broken("column '" + name + "' appears twice");
            }
        }
        return List.copyOf(names);
    }

    private static CSVParser open(LineCountingReader reader) {
        try {
            return CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw broken(e.getMessage());
        }
    }

    private static boolean next(Iterator<CSVRecord> records, CSVParser parser) {
        try {
            return records.hasNext();
        } catch (IllegalStateException | UncheckedIOException e) {
            throw new InvalidValueException(
                    "file",
                    "csv.malformed",
                    "the file is not valid CSV after line " + parser.getCurrentLineNumber() + ": " + e.getMessage());
        }
    }

    private static InvalidValueException broken(String why) {
        return new InvalidValueException("file", "csv.header", "the header row is broken: " + why);
    }
}
