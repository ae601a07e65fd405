package io.leadflow.scoring.adapter.in.web;

import io.leadflow.scoring.application.port.in.AccountConflictException;
import io.leadflow.scoring.application.port.in.AccountNotFoundException;
import io.leadflow.scoring.application.port.in.LeadNotFoundException;
import io.leadflow.scoring.application.port.in.ModelConflictException;
import io.leadflow.scoring.application.port.in.ModelNotFoundException;
import io.leadflow.scoring.domain.model.InvalidModelException;
import io.leadflow.scoring.domain.model.ModelViolation;
import io.leadflow.support.web.BaseProblemHandler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Scoring's own problems on top of the suite's common ones ({@link BaseProblemHandler}): an invalid scoring model
 * lists every violation (with its line when the document came as text), a model change that conflicts names the field and the rule, an unknown lead or model is a 404.
 */
@RestControllerAdvice
class ProblemHandler extends BaseProblemHandler {

    ProblemHandler() {
        super("scoring-service", "scoring");
    }

    @ExceptionHandler(InvalidModelException.class)
    ProblemDetail invalidModel(InvalidModelException e) {
        return invalidModel(e, field -> Optional.empty());
    }

    /** An invalid document sent as text: each violation also names its {@code line} in that text. */
    @ExceptionHandler(LocatedModelException.class)
    ProblemDetail invalidModelAtLines(LocatedModelException e) {
        return invalidModel(e.invalid(), e.lines()::lineOf);
    }

    /** An unreadable body: the {@code invalid-field} problem of {@code document}, with where reading stopped. */
    @ExceptionHandler(UnreadableDocumentException.class)
    ProblemDetail unreadable(UnreadableDocumentException e) {
        ProblemDetail problem = invalidField("document", "document.unreadable", e.getMessage());
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", "document");
        error.put("rule", "document.unreadable");
        error.put("detail", e.getMessage());
        if (e.line() > 0) {
            problem.setProperty("line", e.line());
            problem.setProperty("column", e.column());
            error.put("line", e.line());
            error.put("column", e.column());
        }
        problem.setProperty("errors", List.of(error));
        return problem;
    }

    private ProblemDetail invalidModel(InvalidModelException e, Function<String, Optional<Integer>> lineOf) {
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
        lineOf.apply(first.field()).ifPresent(line -> problem.setProperty("line", line));
        problem.setProperty(
                "errors",
                e.violations().stream()
                        .map(v -> {
                            Map<String, Object> error = new LinkedHashMap<>();
                            error.put("field", v.field());
                            error.put("rule", v.rule());
                            error.put("detail", v.detail());
                            lineOf.apply(v.field()).ifPresent(line -> error.put("line", line));
                            return error;
                        })
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

    @ExceptionHandler(AccountNotFoundException.class)
    ProblemDetail accountNotFound(AccountNotFoundException e) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "not-found", "No such account", e.getMessage());
        problem.setProperty("accountId", e.accountId().toString());
        return problem;
    }

    @ExceptionHandler(AccountConflictException.class)
    ProblemDetail accountConflict(AccountConflictException e) {
        ProblemDetail problem =
                problem(HttpStatus.CONFLICT, "account-conflict", "The account cannot change this way", e.getMessage());
        problem.setProperty("field", e.field());
        problem.setProperty("rule", e.rule());
        return problem;
    }

    /** An account file with invalid rows: every bad row with its number, line, field and rule; nothing imported. */
    @ExceptionHandler(InvalidAccountFileException.class)
    ProblemDetail invalidAccountFile(InvalidAccountFileException e) {
        ProblemDetail problem = problem(
                HttpStatus.BAD_REQUEST, "invalid-account-file", "Rows of the account file are invalid", e.getMessage());
        InvalidAccountFileException.RowError first = e.errors().getFirst();
        problem.setProperty("field", first.field());
        problem.setProperty("rule", first.rule());
        problem.setProperty(
                "errors",
                e.errors().stream()
                        .map(error -> {
                            Map<String, Object> row = new LinkedHashMap<>();
                            row.put("row", error.row());
                            row.put("line", error.line());
                            row.put("field", error.field());
                            row.put("rule", error.rule());
                            row.put("detail", error.detail());
                            return row;
                        })
                        .toList());
        return problem;
    }
}
