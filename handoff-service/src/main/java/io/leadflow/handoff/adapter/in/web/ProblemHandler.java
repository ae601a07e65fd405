package io.leadflow.handoff.adapter.in.web;

import io.leadflow.handoff.application.port.in.NotAllowedException;
import io.leadflow.handoff.application.port.in.NotFoundException;
import io.leadflow.handoff.application.port.in.OutcomeConflictException;
import io.leadflow.handoff.application.port.in.RepAlreadyRegisteredException;
import io.leadflow.handoff.domain.HandoffDecisionRefusedException;
import io.leadflow.support.web.BaseProblemHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Hand-off's own problems on top of the suite's common ones ({@link BaseProblemHandler}): unknown resources, decisions
 * the hand-off cannot take, decisions that are not the caller's, an anonymous caller, a rep registered twice.
 */
@RestControllerAdvice
class ProblemHandler extends BaseProblemHandler {

    ProblemHandler() {
        super("handoff-service", "hand-off");
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "not-found", "No such resource", e.getMessage());
        problem.setProperty("resource", e.resource());
        problem.setProperty("id", e.id());
        return problem;
    }

    @ExceptionHandler(HandoffDecisionRefusedException.class)
    ProblemDetail decisionRefused(HandoffDecisionRefusedException e) {
        ProblemDetail problem = problem(
                HttpStatus.CONFLICT,
                "handoff-decision-refused",
                "The hand-off cannot take this decision",
                e.getMessage());
        problem.setProperty("status", e.status().name());
        return problem;
    }

    @ExceptionHandler(OutcomeConflictException.class)
    ProblemDetail outcomeConflict(OutcomeConflictException e) {
        ProblemDetail problem =
                problem(HttpStatus.CONFLICT, "outcome-conflict", "Another outcome is recorded", e.getMessage());
        problem.setProperty("field", e.field());
        problem.setProperty("rule", e.rule());
        return problem;
    }

    @ExceptionHandler(CrmSignatureRefusedException.class)
    ProblemDetail crmSignatureRefused(CrmSignatureRefusedException e) {
        ProblemDetail problem =
                problem(HttpStatus.UNAUTHORIZED, "signature-refused", "The request is not signed", e.getMessage());
        problem.setProperty("header", e.header());
        return problem;
    }

    @ExceptionHandler(NotAllowedException.class)
    ProblemDetail notAllowed(NotAllowedException e) {
        return problem(HttpStatus.FORBIDDEN, "not-allowed", "Not yours to decide", e.getMessage());
    }

    @ExceptionHandler(Identity.AnonymousException.class)
    ProblemDetail anonymous(Identity.AnonymousException e) {
        ProblemDetail problem = problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Who is asking?", e.getMessage());
        problem.setProperty("header", Identity.HEADER);
        return problem;
    }

    @ExceptionHandler(RepAlreadyRegisteredException.class)
    ProblemDetail repAlreadyRegistered(RepAlreadyRegisteredException e) {
        ProblemDetail problem =
                problem(HttpStatus.CONFLICT, "rep-already-registered", "A rep with this e-mail exists", e.getMessage());
        problem.setProperty("field", "email");
        return problem;
    }
}
