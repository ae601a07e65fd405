package io.leadflow.ingestion.application.service;

import io.leadflow.ingestion.application.port.out.ImportRows;
import io.leadflow.kernel.InvalidValueException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A naive comma splitter (no quotes) standing in for the CSV adapter in use-case tests. */
final class InMemoryCsvRows implements ImportRows {

    @Override
    public List<String> header(String content) {
        String first = content.lines().findFirst().orElse("");
        if (first.isBlank()) {
            throw new InvalidValueException("file", "csv.header", "no header");
        }
        return Arrays.stream(first.split(",", -1)).map(String::strip).toList();
    }

    @Override
    public int countRows(String content) {
        return (int) content.lines().skip(1).filter(l -> !l.isBlank()).count();
    }

    @Override
    public List<Row> read(String content, int skip, int max) {
        List<String> header = header(content);
        List<String> lines = content.lines().toList();
        List<Row> rows = new ArrayList<>();
        int index = 0;
        for (int i = 1; i < lines.size() && rows.size() < max; i++) {
            if (lines.get(i).isBlank() || index++ < skip) {
                continue;
            }
            String[] cells = lines.get(i).split(",", -1);
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                values.put(header.get(c), c < cells.length ? cells[c].strip() : null);
            }
            rows.add(new Row(i + 1, values));
        }
        return rows;
    }
}
