package io.leadflow.scoring.application.port.in;

/** An account change that cannot be: another account has the domain, or a domain would change. */
public class AccountConflictException extends RuntimeException {

    private final String field;
    private final String rule;

    public AccountConflictException(String field, String rule, String message) {
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
