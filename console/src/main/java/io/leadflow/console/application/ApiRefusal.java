package io.leadflow.console.application;

import java.util.List;
import java.util.Map;

/**
 * The API refused what the console asked for the person (a 4xx problem, RFC 9457): the page shows its detail and,
 * where the problem names fields, the rule each one broke, and changes nothing. {@code status} is the API's.
 */
public final class ApiRefusal extends RuntimeException {

    private final int status;
    private final Map<String, String> fields;
    private final Map<String, Integer> lines;
    private final List<RowError> rows;
    private final Map<String, Double> figures;

    /** A row of a refused file and the rule one of its fields broke ({@code row} from 1 after the header). */
    public record RowError(int row, long line, String field, String rule, String detail) {}

    public ApiRefusal(int status, String detail, Map<String, String> fields) {
        this(status, detail, fields, Map.of());
    }

    public ApiRefusal(int status, String detail, Map<String, String> fields, Map<String, Integer> lines) {
        this(status, detail, fields, lines, List.of());
    }

    public ApiRefusal(
            int status, String detail, Map<String, String> fields, Map<String, Integer> lines, List<RowError> rows) {
        this(status, detail, fields, lines, rows, Map.of());
    }

    public ApiRefusal(
            int status,
            String detail,
            Map<String, String> fields,
            Map<String, Integer> lines,
            List<RowError> rows,
            Map<String, Double> figures) {
        super(detail);
        this.status = status;
        this.fields = Map.copyOf(fields);
        this.lines = Map.copyOf(lines);
        this.rows = List.copyOf(rows);
        this.figures = Map.copyOf(figures);
    }

    public int status() {
        return status;
    }

    /** Field name to what is wrong with it, as the problem's {@code errors} said; empty when it named none. */
    public Map<String, String> fields() {
        return fields;
    }

    /** Field name to the line of the sent text it is at, where the problem said (a document sent as text). */
    public Map<String, Integer> lines() {
        return lines;
    }

    /**
     * The problem's own numbers besides its status (e.g. {@code missingWon} of a refused training, {@code auc} and
     * {@code floor} of a refused publish), by name; empty when it had none.
     */
    public Map<String, Double> figures() {
        return figures;
    }

    /** Every bad row of a refused file, where the problem listed rows; empty otherwise. */
    public List<RowError> rows() {
        return rows;
    }
}
