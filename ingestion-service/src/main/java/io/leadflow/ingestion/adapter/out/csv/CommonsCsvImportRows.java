package io.leadflow.ingestion.adapter.out.csv;

import io.leadflow.ingestion.application.port.out.ImportRows;
import io.leadflow.kernel.InvalidValueException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
 * Reads import files with Apache Commons CSV (RFC 4180: quotes, embedded commas and line breaks). A row's line number is
 * the physical line it starts on, as an editor shows it: blank lines and quoted values spanning lines count.
 */
@Component
class CommonsCsvImportRows implements ImportRows {

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
    public List<String> header(String content) {
        try (CSVParser parser = open(content)) {
            List<String> names = parser.getHeaderNames();
            if (names.isEmpty()) {
                throw broken("the file has no header row");
            }
            Set<String> seen = new HashSet<>();
            for (String name : names) {
                if (name == null || name.isBlank()) {
                    throw broken("a column has no name");
                }
                if (!seen.add(name)) {
                    throw broken("column '" + name + "' appears twice");
                }
            }
            return List.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int countRows(String content) {
        try (CSVParser parser = open(content)) {
            int rows = 0;
            Iterator<CSVRecord> records = parser.iterator();
            while (next(records, parser)) {
                records.next();
                rows++;
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Row> read(String content, int skip, int max) {
        try (CSVParser parser = open(content)) {
            List<String> header = parser.getHeaderNames();
            Iterator<CSVRecord> records = parser.iterator();
            List<Row> rows = new ArrayList<>();
            int index = 0;
            long line = 1;
            int counted = 0;
            while (rows.size() < max && next(records, parser)) {
                CSVRecord record = records.next();
                int start = (int) Math.min(record.getCharacterPosition(), content.length());
                for (int i = counted; i < start; i++) {
                    if (content.charAt(i) == '\n') {
                        line++;
                    }
                }
                while (start < content.length() && (content.charAt(start) == '\n' || content.charAt(start) == '\r')) {
                    if (content.charAt(start) == '\n') {
                        line++;
                    }
                    start++;
                }
                counted = start;
                if (index++ < skip) {
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    values.put(header.get(i), i < record.size() ? record.get(i) : null);
                }
                rows.add(new Row(line, values));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CSVParser open(String content) {
        try {
            return CSVParser.builder()
                    .setReader(new StringReader(content))
                    .setFormat(FORMAT)
                    .get();
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
