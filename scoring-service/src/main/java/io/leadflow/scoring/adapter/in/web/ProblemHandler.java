package io.leadflow.scoring.adapter.in.web;

import io.leadflow.kernel.IllegalStageTransitionException;
import io.leadflow.kernel.InvalidValueException;
import io.leadflow.scoring.application.port.in.LeadNotFoundException;
import io.leadflow.scoring.application.port.in.ModelConflictException;
import io.leadflow.scoring.application.port.in.ModelNotFoundException;
import io.leadflow.scoring.domain.model.InvalidModelException;
import io.leadflow.scoring.domain.model.ModelViolation;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refusal as an RFC 9457 problem with a stable type; a broken field rule names the field and the rule, an
 * unknown lead is a 404.
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

    @ExceptionHandler(InvalidModelException.class)
    ProblemDetail invalidModel(InvalidModelException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setType(URI.create(TYPE_BASE + "invalid-model"));
        problem.setTitle("The scoring model is not valid; nothing was saved");
        ModelViolation first = e.violations().isEmpty()
                ? new ModelViolation("document", "document.invalid", "")
                : e.violations().getFirst();
        problem.setProperty("field", first.field());
        problem.setProperty("rule", first.rule());
        problem.setProperty(
                "errors",
                e.violations().stream()
                        .map(v -> Map.of("field", v.field(), "rule", v.rule(), "detail", v.detail()))
                        .toList());
        return problem;
    }

    @ExceptionHandler(ModelConflictException.class)
    ProblemDetail modelConflict(ModelConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(URI.create(TYPE_BASE + "model-conflict"));
        problem.setTitle("The scoring model cannot change this way");
        problem.setProperty("field", e.field());
        problem.setProperty("rule", e.rule());
        return problem;
    }

    @ExceptionHandler(ModelNotFoundException.class)
    ProblemDetail modelNotFound(ModelNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(URI.create(TYPE_BASE + "not-found"));
        problem.setTitle("No such scoring model or version");
        return problem;
    }

    @ExceptionHandler(LeadNotFoundException.class)
    ProblemDetail notFound(LeadNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(URI.create(TYPE_BASE + "not-found"));
        problem.setTitle("No such lead");
        problem.setProperty("leadId", e.leadId().toString());
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
                "scoring cannot reach its database right now; send the same request again");
        problem.setType(URI.create(TYPE_BASE + "service-unavailable"));
        problem.setTitle("Service unavailable");
        problem.setProperty("service", "scoring-service");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem);
    }
}
