package io.leadflow.nurturing.application.port.in;

/** The request contradicts what exists (e.g. a key already taken); a web adapter answers 409. */
public class ConflictException extends RuntimeException {

    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
