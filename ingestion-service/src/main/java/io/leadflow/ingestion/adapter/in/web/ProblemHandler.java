package io.leadflow.ingestion.adapter.in.web;

import io.leadflow.ingestion.application.port.out.IngestionMetrics;
import io.leadflow.support.web.BaseProblemHandler;
import io.leadflow.support.web.JsonPaths;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Ingestion's own problems on top of the suite's common ones ({@link BaseProblemHandler}): unknown resources,
 * conflicts, callers who may not ask, and its rules for bodies: a JSON value of the wrong type names the field
 * ({@code json.type}), a body that is not JSON is {@code json.malformed}, an oversize body a 413. Every refused field
 * is counted; intake refused while the backlog is over its limit is a 503 {@code overloaded} with {@code Retry-After}.
 */
@RestControllerAdvice
class ProblemHandler extends BaseProblemHandler {

    private final IngestionMetrics metrics;

    ProblemHandler(IngestionMetrics metrics) {
        super("ingestion-service", "ingestion");
        this.metrics = metrics;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
        problem.setProperty("resource", e.resource());
        return problem;
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, e.type(), "Conflict", e.getMessage());
    }

    @ExceptionHandler(AccessException.class)
    ProblemDetail access(AccessException e) {
        return e.status() == HttpStatus.UNAUTHORIZED
                ? problem(e.status(), "unauthenticated", "Who are you?", e.getMessage())
                : problem(e.status(), "forbidden", "Not allowed", e.getMessage());
    }

    /** 503 with {@code Retry-After}: intake refused while the backlog is above its limit (a sender retries later). */
    @ExceptionHandler(AdmissionControl.OverloadedException.class)
    ResponseEntity<ProblemDetail> overloaded(AdmissionControl.OverloadedException e) {
        ProblemDetail problem =
                problem(HttpStatus.SERVICE_UNAVAILABLE, "overloaded", "Busy: send again later", e.getMessage());
        problem.setProperty("backlog", e.admission().backlog());
        problem.setProperty("retryAfterSeconds", e.admission().retryAfter().toSeconds());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(
                        HttpHeaders.RETRY_AFTER,
                        Long.toString(e.admission().retryAfter().toSeconds()))
                .body(problem);
    }

    @Override
    protected ProblemDetail unreadableBody(HttpMessageNotReadableException ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestSizeLimit.TooLargeException tooLarge) {
                return tooLarge(tooLarge.limit());
            }
            if (cause instanceof SegmentBody.NotGzipException notGzip) {
                return invalidField("body", "body.gzip", notGzip.getMessage());
            }
            if (cause instanceof MismatchedInputException mismatch) {
                String field = JsonPaths.of(mismatch);
                return invalidField(
                        field,
                        "json.type",
                        "'" + field + "' has the wrong JSON type: " + mismatch.getOriginalMessage());
            }
            if (cause instanceof JacksonException jackson) {
                return invalidField(
                        "body", "json.malformed", "the body is not valid JSON: " + jackson.getOriginalMessage());
            }
        }
        return invalidField(
                "body",
                "body.unreadable",
                "the body cannot be read: " + ex.getMostSpecificCause().getMessage());
    }

    @Override
    protected ProblemDetail invalidField(String field, String rule, String detail) {
        metrics.rejected(rule);
        return super.invalidField(field, rule, detail);
    }

    static ProblemDetail tooLarge(long limit) {
        ProblemDetail problem = problem(
                HttpStatus.CONTENT_TOO_LARGE,
                "body-too-large",
                "Body too large",
                "the body is larger than " + limit + " bytes, the limit of this endpoint");
        problem.setProperty("field", "body");
        problem.setProperty("rule", "body.size");
        problem.setProperty("limit", limit);
        return problem;
    }

    static ProblemDetail unsupportedEncoding(String encoding) {
        ProblemDetail problem = problem(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "unsupported-encoding",
                "Unsupported content encoding",
                "bodies are read plain or gzip-compressed; Content-Encoding '" + encoding + "' is not supported");
        problem.setProperty("field", "Content-Encoding");
        problem.setProperty("rule", "body.encoding");
        return problem;
    }
}
