package io.leadflow.gateway.filter;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;

/** A request body beyond its path's limit, noticed while it streamed through. */
final class BodyTooLargeException extends RuntimeException {

    /** Set on the exchange once its body went past the limit, however the failure surfaces afterwards. */
    static final String ATTRIBUTE = BodyTooLargeException.class.getName() + ".limit";

    private final DataSize limit;

    BodyTooLargeException(DataSize limit) {
        super("request body larger than " + limit.toBytes() + " bytes", null, false, false);
        this.limit = limit;
    }

    ProblemDetail problem() {
        return problem(limit);
    }

    static ProblemDetail problem(DataSize limit) {
        ProblemDetail problem = ProblemResponses.problem(
                HttpStatus.CONTENT_TOO_LARGE,
                "payload-too-large",
                "Payload too large",
                "The request body is larger than the " + limit.toBytes()
                        + " bytes this path accepts; send less at once (e.g. split a batch).");
        problem.setProperty("maxBytes", limit.toBytes());
        return problem;
    }
}
