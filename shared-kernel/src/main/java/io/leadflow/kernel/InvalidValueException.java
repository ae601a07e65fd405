package io.leadflow.kernel;

/**
 * A value from outside broke one of the kernel's rules. It names the field and the rule so that an adapter can
 * answer with a precise problem (RFC 9457) instead of a generic error.
 */
public class InvalidValueException extends IllegalArgumentException {

    private final String field;
    private final String rule;

    public InvalidValueException(String field, String rule, String message) {
        super(message);
        this.field = field;
        this.rule = rule;
    }

    /** The name of the offending field as the caller knows it, e.g. {@code email}. */
    public String field() {
        return field;
    }

    /** A stable, machine-readable name of the broken rule, e.g. {@code email.format}. */
    public String rule() {
        return rule;
    }
}
