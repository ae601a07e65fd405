package io.leadflow.support.resilience;

/**
 * A dependency the work needs (a receiver, a directory) is unavailable right now; the work itself is sound. Thrown by
 * an adapter that learns it in its own terms (a 503, a refused connection), so that the work waits and is retried
 * ({@link FailureKind#TRANSIENT}) instead of being dead-lettered.
 */
public class TransientDependencyException extends RuntimeException {

    public TransientDependencyException(String message, Throwable cause) {
        super(message, cause);
    }

    public TransientDependencyException(String message) {
        super(message);
    }
}
