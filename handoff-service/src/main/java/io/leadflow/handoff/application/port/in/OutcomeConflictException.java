package io.leadflow.handoff.application.port.in;

/** An outcome that contradicts the one already recorded on the hand-off, in {@code field}. */
public class OutcomeConflictException extends RuntimeException {

    private final String field;
    private final String rule;

    public OutcomeConflictException(String field, String rule, String message) {
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
