package io.leadflow.support.web;

import io.leadflow.kernel.IllegalStageTransitionException;
import io.leadflow.kernel.InvalidValueException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.TypeMismatchException;
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
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The RFC 9457 problem answers every LeadFlow service gives alike, each with a stable {@code type} under
 * {@value #TYPE_BASE}: a broken field rule ({@code invalid-field}, naming the field and the rule), an unreadable body
 * (the JSON path of the field when Jackson knows it), a missing or malformed parameter, the database gone for a moment
 * ({@code service-unavailable}, 503 with {@code Retry-After: 5}), an illegal stage move, and a catch-all 500
 * ({@code internal-error}) that tells nothing of the internals and logs the cause. Spring's own refusals (wrong method
 * or media type, unknown path) keep Spring's answer but get a stable type instead of {@code about:blank}.
 *
 * <p>Each service subclasses this in its web adapter as its {@code @RestControllerAdvice} and adds handlers for its
 * own problem types only.
 */
public abstract class BaseProblemHandler extends ResponseEntityExceptionHandler {

    public static final String TYPE_BASE = "https://leadflow.io/problems/";

    private static final Logger log = LoggerFactory.getLogger(BaseProblemHandler.class);
    private static final URI ABOUT_BLANK = URI.create("about:blank");

    private final String service;
    private final String name;

    /**
     * @param service the service's name as the gateway routes to it, e.g. {@code scoring-service}
     * @param name how a person calls it in a sentence, e.g. {@code scoring} or {@code hand-off}
     */
    protected BaseProblemHandler(String service, String name) {
        this.service = service;
        this.name = name;
    }

    /** The stable type of a problem, e.g. {@code type("not-found")}. */
    public static URI type(String slug) {
        return URI.create(TYPE_BASE + slug);
    }

    /** A problem of the given status, type slug, title and detail. */
    public static ProblemDetail problem(HttpStatusCode status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(slug));
        problem.setTitle(title);
        return problem;
    }

    @ExceptionHandler(InvalidValueException.class)
    public ProblemDetail invalidValue(InvalidValueException e) {
        return invalidField(e.field(), e.rule(), e.getMessage());
    }

    @ExceptionHandler(IllegalStageTransitionException.class)
    public ProblemDetail illegalTransition(IllegalStageTransitionException e) {
        ProblemDetail problem = problem(
                HttpStatus.CONFLICT, "illegal-stage-transition", "The lead cannot make this move", e.getMessage());
        problem.setProperty("from", e.from().name());
        problem.setProperty("to", e.to().name());
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
    public ResponseEntity<ProblemDetail> storageUnavailable(Exception e) {
        log.warn(
                "{} answers 503: its database is unreachable ({})",
                service,
                e.getClass().getSimpleName());
        ProblemDetail problem = problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                "service-unavailable",
                "Service unavailable",
                name + " cannot reach its database right now; send the same request again");
        problem.setProperty("service", service);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem);
    }

    /**
     * Anything no other handler knows: a 500 that says nothing of the internals (no exception text, no stack trace)
     * but carries the correlation id, so the logged cause can be found.
     */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("{} could not handle a request", service, e);
        ProblemDetail problem = problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error",
                "Internal error",
                name + " could not carry out this request; the cause is logged");
        problem.setProperty("service", service);
        String correlationId = MDC.get(CorrelationIdFilter.MDC_KEY);
        if (correlationId != null) {
            problem.setProperty("correlationId", correlationId);
        }
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(problem);
    }

    /**
     * The {@code invalid-field} problem: the field and the rule it breaks, also as the one entry of {@code errors}.
     * A subclass may override it to count refusals.
     */
    protected ProblemDetail invalidField(String field, String rule, String detail) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-field", "A field breaks a rule", detail);
        problem.setProperty("field", field);
        problem.setProperty("rule", rule);
        problem.setProperty("errors", List.of(Map.of("field", field, "rule", rule, "detail", detail)));
        return problem;
    }

    /**
     * The answer to a body that cannot be read: by default a 400 naming the JSON path of the field with a value of the
     * wrong type or out of range ({@code field.type}), or the whole {@code body} when it is not JSON of the expected
     * shape ({@code body.json}). A service with its own rules for bodies overrides this.
     */
    protected ProblemDetail unreadableBody(HttpMessageNotReadableException e) {
        Optional<String> field = JsonPaths.find(e);
        return field.isPresent()
                ? invalidField(
                        field.get(),
                        "field.type",
                        "field " + field.get() + " has a value of the wrong type or out of range")
                : invalidField("body", "body.json", "the body is not readable JSON of the expected shape");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = unreadableBody(e);
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = e.getParameterName();
        return createResponseEntity(
                invalidField(field, field + ".required", "the parameter " + field + " is required"),
                headers,
                HttpStatus.BAD_REQUEST,
                request);
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(
            ServletRequestBindingException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e instanceof MissingRequestHeaderException missing) {
            String field = missing.getHeaderName();
            return createResponseEntity(
                    invalidField(field, field + ".required", "the header " + field + " is required"),
                    headers,
                    HttpStatus.BAD_REQUEST,
                    request);
        }
        return super.handleServletRequestBindingException(e, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = e.getPropertyName();
        if (field == null) {
            return super.handleTypeMismatch(e, headers, status, request);
        }
        return createResponseEntity(
                invalidField(field, field + ".format", "the parameter " + field + " has a value of the wrong format"),
                headers,
                HttpStatus.BAD_REQUEST,
                request);
    }

    /** Gives Spring's own problem answers a stable type in place of none ({@code about:blank}). */
    @Override
    protected ResponseEntity<Object> createResponseEntity(
            @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null || ABOUT_BLANK.equals(problem.getType()))) {
            problem.setType(type(slugOf(status)));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    static String slugOf(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "invalid-request";
            case 413 -> "body-too-large";
            case 500 -> "internal-error";
            default -> {
                HttpStatus known = HttpStatus.resolve(status.value());
                yield known == null
                        ? "http-" + status.value()
                        : known.name().toLowerCase(Locale.ROOT).replace('_', '-');
            }
        };
    }
}
