package io.leadflow.deploy;

/** The suite cannot start or run; the message says what to do, so a launcher prints it without a stack trace. */
public class StackException extends IllegalStateException {

    public StackException(String message) {
        super(message);
    }
}
