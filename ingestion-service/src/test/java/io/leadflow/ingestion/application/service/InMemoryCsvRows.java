package io.leadflow.ingestion.application.service;

import io.leadflow.ingestion.application.port.out.ImportRows;
import io.leadflow.kernel.InvalidValueException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A naive comma splitter (no quotes) standing in for the CSV adapter in use-case tests. */
final class InMemoryCsvRows implements ImportRows {

    @Override
    public void read(String content, Reading reading) {
        List<String> lines = content.lines().toList();
        String first = lines.isEmpty() ? "" : lines.getFirst();
        if (first.isBlank()) {
            throw new InvalidValueException("file", "csv.header", "no header");
        }
        List<String> header =
                Arrays.stream(first.split(",", -1)).map(String::strip).toList();
        reading.header(header);
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] cells = lines.get(i).split(",", -1);
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                values.put(header.get(c), c < cells.length ? cells[c].strip() : null);
            }
            reading.row(new Row(i + 1, values));
        }
    }
}
