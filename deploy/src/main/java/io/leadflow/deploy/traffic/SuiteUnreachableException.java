package io.leadflow.deploy.traffic;

import java.net.URI;

/** A call that got no answer at all (refused, reset, timed out): its outcome is unknown to the caller. */
public final class SuiteUnreachableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SuiteUnreachableException(URI uri, Exception cause) {
        super("no answer from " + uri + ": " + cause, cause);
    }
}
