package io.leadflow.scoring.application.port.in;

/**
 * "What if": replays the stored events of every lead through a model version and through the published version of
 * the same model, and tells which leads each would have qualified in a period, and how many of those really reached
 * SAL, SQL or won. Changes nothing.
 */
public interface BacktestScoringModelUseCase {

    BacktestReport backtest(BacktestCommand command);
}
