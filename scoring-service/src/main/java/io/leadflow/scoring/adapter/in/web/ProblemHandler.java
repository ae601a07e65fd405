package io.leadflow.scoring.adapter.in.web;

import io.leadflow.scoring.application.port.in.LeadNotFoundException;
import io.leadflow.scoring.application.port.in.ModelConflictException;
import io.leadflow.scoring.application.port.in.ModelNotFoundException;
import io.leadflow.scoring.domain.model.InvalidModelException;
import io.leadflow.scoring.domain.model.ModelViolation;
import io.leadflow.support.web.BaseProblemHandler;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Scoring's own problems on top of the suite's common ones ({@link BaseProblemHandler}): an invalid scoring model
 * lists every violation, a model change that conflicts names the field and the rule, an unknown lead or model is a 404.
 */
@RestControllerAdvice
class ProblemHandler extends BaseProblemHandler {

    ProblemHandler() {
        super("scoring-service", "scoring");
    }

    @ExceptionHandler(InvalidModelException.class)
    ProblemDetail invalidModel(InvalidModelException e) {
        ProblemDetail problem = problem(
                HttpStatus.BAD_REQUEST,
                "invalid-model",
                "The scoring model is not valid; nothing was saved",
                e.getMessage());
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
        ProblemDetail problem = problem(
                HttpStatus.CONFLICT, "model-conflict", "The scoring model cannot change this way", e.getMessage());
        problem.setProperty("field", e.field());
        problem.setProperty("rule", e.rule());
        return problem;
    }

    @ExceptionHandler(ModelNotFoundException.class)
    ProblemDetail modelNotFound(ModelNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "No such scoring model or version", e.getMessage());
    }

    @ExceptionHandler(LeadNotFoundException.class)
    ProblemDetail notFound(LeadNotFoundException e) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "not-found", "No such lead", e.getMessage());
        problem.setProperty("leadId", e.leadId().toString());
        return problem;
    }
}
