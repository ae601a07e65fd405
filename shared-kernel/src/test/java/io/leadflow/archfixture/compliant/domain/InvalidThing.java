package io.leadflow.archfixture.compliant.domain;

/** A domain exception: calling {@code RuntimeException}'s constructor from a subclass is not a generic throw. */
public class InvalidThing extends RuntimeException {

    public InvalidThing(String message) {
        super(message);
    }
}
