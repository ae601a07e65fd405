package io.leadflow.console.application.port.in;

import io.leadflow.console.application.BacktestResult;
import io.leadflow.console.application.Caller;
import io.leadflow.console.application.ScoringModelDetail;
import io.leadflow.console.application.ScoringModelSummary;
import java.time.Instant;
import java.util.List;

/** What marketing reads about scoring models: the list, one model with its published YAML and draft, a backtest. */
public interface FindScoringModelsQuery {

    List<ScoringModelSummary> models(Caller caller);

    ScoringModelDetail model(Caller caller, String modelId);

    /** How a version would have done over [from, to) next to the published one; changes nothing. */
    BacktestResult backtest(Caller caller, String modelId, int version, Instant from, Instant to);
}
