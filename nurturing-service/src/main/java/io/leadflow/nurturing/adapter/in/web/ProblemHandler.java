package io.leadflow.nurturing.adapter.in.web;

import io.leadflow.kernel.IllegalStageTransitionException;
import io.leadflow.kernel.InvalidValueException;
import io.leadflow.nurturing.application.port.in.ConflictException;
import io.leadflow.nurturing.application.port.in.NotFoundException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
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

/**
 * Every refusal as an RFC 9457 problem with a stable type; a broken field rule names the field and the rule, an
 * unknown resource is a 404 that names what was looked for.
 * Framework errors (unreadable JSON, wrong method or media type) keep Spring's own problem answers.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    static final String TYPE_BASE = "https://leadflow.io/problems/";

    @ExceptionHandler(InvalidValueException.class)
    ProblemDetail invalidValue(InvalidValueException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setType(URI.create(TYPE_BASE + "invalid-field"));
        problem.setTitle("A field breaks a rule");
        problem.setProperty("field", e.field());
        problem.setProperty("rule", e.rule());
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "rule", e.rule(), "detail", e.getMessage())));
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

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(URI.create(TYPE_BASE + "conflict"));
        problem.setTitle("The request conflicts with what exists");
        problem.setProperty("field", e.field());
        return problem;
    }

    /** Unreadable JSON or a value of the wrong type: a 400 naming the field (JSON path) when Jackson knows it. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = fieldOf(e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                field == null
                        ? "the body is not readable JSON of the expected shape"
                        : "field " + field + " has a value of the wrong type or out of range");
        problem.setType(URI.create(TYPE_BASE + "invalid-field"));
        problem.setTitle("A field breaks a rule");
        problem.setProperty("field", field == null ? "body" : field);
        problem.setProperty("rule", field == null ? "body.json" : "field.type");
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static String fieldOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                StringBuilder path = new StringBuilder();
                for (JacksonException.Reference ref : jackson.getPath()) {
                    if (ref.getPropertyName() != null) {
                        path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
                    } else if (ref.getIndex() >= 0) {
                        path.append('[').append(ref.getIndex()).append(']');
                    }
                }
                return path.isEmpty() ? null : path.toString();
            }
        }
        return null;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(URI.create(TYPE_BASE + "not-found"));
        problem.setTitle("No such resource");
        problem.setProperty("resource", e.resource());
        problem.setProperty("id", e.id());
        return problem;
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
                "nurturing cannot reach its database right now; send the same request again");
        problem.setType(URI.create(TYPE_BASE + "service-unavailable"));
        problem.setTitle("Service unavailable");
        problem.setProperty("service", "nurturing-service");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem);
    }
}
