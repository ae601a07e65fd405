package io.leadflow.scoring.application.port.in.predictive;

/** The change does not fit the model's state: the id is taken, the version is not a draft any more. */
public class PredictiveConflictException extends RuntimeException {

    private final String field;
    private final String rule;

    public PredictiveConflictException(String field, String rule, String message) {
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
