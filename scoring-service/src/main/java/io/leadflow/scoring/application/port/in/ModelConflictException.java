package io.leadflow.scoring.application.port.in;

/** The request does not fit the model's state: it exists already, a version is not a draft, segments overlap. */
public class ModelConflictException extends RuntimeException {

    private final String field;
    private final String rule;

    public ModelConflictException(String field, String rule, String message) {
        super(message);
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
