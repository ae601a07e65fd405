package io.leadflow.handoff.adapter.in.web;

import io.leadflow.handoff.application.port.in.NotFoundException;
import io.leadflow.handoff.application.port.in.RepAlreadyRegisteredException;
import io.leadflow.handoff.domain.HandoffDecisionRefusedException;
import io.leadflow.kernel.IllegalStageTransitionException;
import io.leadflow.kernel.InvalidValueException;
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
 * Every refusal as an RFC 9457 problem with a stable type; a broken field rule names the field and the rule.
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

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(URI.create(TYPE_BASE + "not-found"));
        problem.setTitle("No such resource");
        problem.setProperty("resource", e.resource());
        problem.setProperty("id", e.id());
        return problem;
    }

    @ExceptionHandler(HandoffDecisionRefusedException.class)
    ProblemDetail decisionRefused(HandoffDecisionRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(URI.create(TYPE_BASE + "handoff-decision-refused"));
        problem.setTitle("The hand-off cannot take this decision");
        problem.setProperty("status", e.status().name());
        return problem;
    }

    @ExceptionHandler(io.leadflow.handoff.application.port.in.NotAllowedException.class)
    ProblemDetail notAllowed(io.leadflow.handoff.application.port.in.NotAllowedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setType(URI.create(TYPE_BASE + "not-allowed"));
        problem.setTitle("Not yours to decide");
        return problem;
    }

    @ExceptionHandler(Identity.AnonymousException.class)
    ProblemDetail anonymous(Identity.AnonymousException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, e.getMessage());
        problem.setType(URI.create(TYPE_BASE + "unauthenticated"));
        problem.setTitle("Who is asking?");
        problem.setProperty("header", Identity.USER);
        return problem;
    }

    @ExceptionHandler(RepAlreadyRegisteredException.class)
    ProblemDetail repAlreadyRegistered(RepAlreadyRegisteredException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(URI.create(TYPE_BASE + "rep-already-registered"));
        problem.setTitle("A rep with this e-mail exists");
        problem.setProperty("field", "email");
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
                "hand-off cannot reach its database right now; send the same request again");
        problem.setType(URI.create(TYPE_BASE + "service-unavailable"));
        problem.setTitle("Service unavailable");
        problem.setProperty("service", "handoff-service");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem);
    }
}
