package io.leadflow.scoring.adapter.in.web;

import io.leadflow.scoring.application.port.in.predictive.AucBelowFloorException;
import io.leadflow.scoring.application.port.in.predictive.NotEnoughOutcomesException;
import io.leadflow.scoring.application.port.in.predictive.PredictiveConflictException;
import io.leadflow.scoring.application.port.in.predictive.PredictiveModelNotFoundException;
import io.leadflow.support.web.BaseProblemHandler;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The predictive score's problems, ahead of the general handler: cold start says how many won and lost outcomes are
 * missing, a publish below the AUC floor names the AUC and the floor, conflicts name the field and rule.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PredictiveProblemHandler {

    @ExceptionHandler(NotEnoughOutcomesException.class)
    ProblemDetail notEnoughOutcomes(NotEnoughOutcomesException e) {
        ProblemDetail problem = BaseProblemHandler.problem(
                HttpStatus.CONFLICT,
                "not-enough-outcomes",
                "Too few won or lost outcomes to train a predictive model",
                e.getMessage());
        problem.setProperty("field", "outcomes");
        problem.setProperty("rule", "outcomes.minimum");
        problem.setProperty("won", e.won());
        problem.setProperty("lost", e.lost());
        problem.setProperty("missingWon", e.missingWon());
        problem.setProperty("missingLost", e.missingLost());
        return problem;
    }

    @ExceptionHandler(AucBelowFloorException.class)
    ProblemDetail aucBelowFloor(AucBelowFloorException e) {
        ProblemDetail problem = BaseProblemHandler.problem(
                HttpStatus.CONFLICT,
                "auc-below-floor",
                "The version ranks outcomes too poorly to be published",
                e.getMessage());
        problem.setProperty("field", "evaluation.auc");
        problem.setProperty("rule", "auc.floor");
        problem.setProperty("auc", e.auc());
        problem.setProperty("floor", e.floor());
        return problem;
    }

    @ExceptionHandler(PredictiveConflictException.class)
    ProblemDetail conflict(PredictiveConflictException e) {
        ProblemDetail problem = BaseProblemHandler.problem(
                HttpStatus.CONFLICT, "model-conflict", "The predictive model cannot change this way", e.getMessage());
        problem.setProperty("field", e.field());
        problem.setProperty("rule", e.rule());
        return problem;
    }

    @ExceptionHandler(PredictiveModelNotFoundException.class)
    ProblemDetail notFound(PredictiveModelNotFoundException e) {
        return BaseProblemHandler.problem(
                HttpStatus.NOT_FOUND, "not-found", "No such predictive model or version", e.getMessage());
    }
}
