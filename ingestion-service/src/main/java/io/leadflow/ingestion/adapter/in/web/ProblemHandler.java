package io.leadflow.ingestion.adapter.in.web;

import io.leadflow.ingestion.application.port.out.IngestionMetrics;
import io.leadflow.kernel.IllegalStageTransitionException;
import io.leadflow.kernel.InvalidValueException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every refusal as an RFC 9457 problem with a stable type; a broken field rule names the field and the rule.
 * Unreadable bodies name the JSON field when Jackson can tell which; an oversize body is a 413. Framework errors
 * (wrong method or media type) keep Spring's own problem answers.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    static final String TYPE_BASE = "https://leadflow.io/problems/";

    private final IngestionMetrics metrics;

    ProblemHandler(IngestionMetrics metrics) {
        this.metrics = metrics;
    }

    @ExceptionHandler(InvalidValueException.class)
    ProblemDetail invalidValue(InvalidValueException e) {
        return invalid(e.field(), e.rule(), e.getMessage());
    }

    /**
     * The database is gone for a moment (restarting, failing over, a pool that cannot connect, or a connection cut
     * mid-transaction so that even the rollback fails and Spring reports that instead): the request was not carried
     * out, unless the cut came during the commit itself, so the caller is told to send the same request again
     * shortly; a repeat of one that did go through is recognised.
     */
    @ExceptionHandler({
        CannotCreateTransactionException.class,
        DataAccessResourceFailureException.class,
        TransientDataAccessException.class,
        TransactionSystemException.class
    })
    ResponseEntity<ProblemDetail> storageUnavailable(Exception e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE,
                "ingestion cannot reach its database right now; send the same request again");
        problem.setType(URI.create(TYPE_BASE + "service-unavailable"));
        problem.setTitle("Service unavailable");
        problem.setProperty("service", "ingestion-service");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(URI.create(TYPE_BASE + "not-found"));
        problem.setTitle("Not found");
        problem.setProperty("resource", e.resource());
        return problem;
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(URI.create(TYPE_BASE + e.type()));
        problem.setTitle("Conflict");
        return problem;
    }

    @ExceptionHandler(AccessException.class)
    ProblemDetail access(AccessException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setType(
                URI.create(TYPE_BASE + (e.status() == HttpStatus.UNAUTHORIZED ? "unauthenticated" : "forbidden")));
        problem.setTitle(e.status() == HttpStatus.UNAUTHORIZED ? "Who are you?" : "Not allowed");
        return problem;
    }

    @ExceptionHandler(IllegalStageTransitionException.class)
    ProblemDetail illegalTransition(IllegalStageTransitionException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(URI.create(TYPE_BASE + "illegal-stage-transition"));
        problem.setTitle("The lead cannot make this move");
        problem.setProperty("from", e.from().name());
        problem.setProperty("to", e.to().name());
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestSizeLimit.TooLargeException tooLarge) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge(tooLarge.limit()));
            }
            if (cause instanceof MismatchedInputException mismatch) {
                String field = JsonPaths.of(mismatch);
                return ResponseEntity.badRequest()
                        .body(invalid(
                                field,
                                "json.type",
                                "'" + field + "' has the wrong JSON type: " + mismatch.getOriginalMessage()));
            }
            if (cause instanceof JacksonException jackson) {
                return ResponseEntity.badRequest()
                        .body(invalid(
                                "body",
                                "json.malformed",
                                "the body is not valid JSON: " + jackson.getOriginalMessage()));
            }
        }
        return ResponseEntity.badRequest()
                .body(invalid(
                        "body",
                        "body.unreadable",
                        "the body cannot be read: " + ex.getMostSpecificCause().getMessage()));
    }

    static ProblemDetail tooLarge(long limit) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONTENT_TOO_LARGE,
                "the body is larger than " + limit + " bytes, the limit of this endpoint");
        problem.setType(URI.create(TYPE_BASE + "body-too-large"));
        problem.setTitle("Body too large");
        problem.setProperty("field", "body");
        problem.setProperty("rule", "body.size");
        problem.setProperty("limit", limit);
        return problem;
    }

    private ProblemDetail invalid(String field, String rule, String detail) {
        metrics.rejected(rule);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(URI.create(TYPE_BASE + "invalid-field"));
        problem.setTitle("A field breaks a rule");
        problem.setProperty("field", field);
        problem.setProperty("rule", rule);
        problem.setProperty("errors", List.of(Map.of("field", field, "rule", rule, "detail", detail)));
        return problem;
    }
}
