package io.leadflow.console.application;

import java.util.Map;

/**
 * The API refused what the console asked for the person (a 4xx problem, RFC 9457): the page shows its detail and,
 * where the problem names fields, the rule each one broke, and changes nothing. {@code status} is the API's.
 */
public final class ApiRefusal extends RuntimeException {

    private final int status;
    private final Map<String, String> fields;
    private final Map<String, Integer> lines;

    public ApiRefusal(int status, String detail, Map<String, String> fields) {
        this(status, detail, fields, Map.of());
    }

    public ApiRefusal(int status, String detail, Map<String, String> fields, Map<String, Integer> lines) {
        super(detail);
        this.status = status;
        this.fields = Map.copyOf(fields);
        this.lines = Map.copyOf(lines);
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
}
