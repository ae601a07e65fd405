package io.leadflow.nurturing.adapter.in.web;

import io.leadflow.nurturing.application.port.in.ConflictException;
import io.leadflow.nurturing.application.port.in.NotFoundException;
import io.leadflow.support.web.BaseProblemHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Nurturing's own problems on top of the suite's common ones ({@link BaseProblemHandler}): a conflict names the field,
 * an unknown resource is a 404 that names what was looked for.
 */
@RestControllerAdvice
class ProblemHandler extends BaseProblemHandler {

    ProblemHandler() {
        super("nurturing-service", "nurturing");
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail problem =
                problem(HttpStatus.CONFLICT, "conflict", "The request conflicts with what exists", e.getMessage());
        problem.setProperty("field", e.field());
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "not-found", "No such resource", e.getMessage());
        problem.setProperty("resource", e.resource());
        problem.setProperty("id", e.id());
        return problem;
    }
}
