package io.leadflow.support.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The answer to errors raised outside a controller (a filter that throws, the servlet container's own refusals, or a
 * call to the error path itself), in place of Spring Boot's default error body: an RFC 9457 problem of the same status
 * with a stable {@code type} under {@link BaseProblemHandler#TYPE_BASE}, the service's name and the request's
 * correlation id, and nothing of the internals (no exception class, message, path or stack trace). The cause of a 5xx
 * is logged.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    private final String service;

    public ProblemErrorController(String service) {
        this.service = service;
    }

    @RequestMapping
    public ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        ProblemDetail problem = BaseProblemHandler.problem(
                status,
                BaseProblemHandler.slugOf(status),
                status.getReasonPhrase(),
                status.is5xxServerError()
                        ? service + " could not carry out this request; the cause is logged"
                        : service + " refuses this request: " + status.getReasonPhrase());
        problem.setProperty("service", service);
        String correlationId = CorrelationIdFilter.of(request);
        if (correlationId != null) {
            problem.setProperty("correlationId", correlationId);
        }
        if (status.is5xxServerError()) {
            Object cause = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            log.error(
                    "{} could not handle a request (correlation id {})",
                    service,
                    correlationId,
                    cause instanceof Throwable t ? t : null);
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** The status the container set for the error; a call to the error path without one is a 404. */
    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (!(code instanceof Integer value)) {
            return HttpStatus.NOT_FOUND;
        }
        HttpStatus status = HttpStatus.resolve(value);
        if (status == null || value < 400) {
            return HttpStatus.INTERNAL_SERVER_ERROR;
        }
        return status;
    }
}
