package io.leadflow.console.application;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A backtest of a draft over a past period next to the published version: how many leads each would have qualified
 * and how many of those went on to SAL, SQL and won in reality. {@code published} is null when nothing is published.
 */
public record BacktestResult(
        String modelId,
        int version,
        @Nullable Integer publishedVersion,
        Instant from,
        Instant to,
        long leads,
        long events,
        Outcome candidate,
        @Nullable Outcome published) {

    /** One version's outcome over the period. */
    public record Outcome(long qualified, long fastTracked, long reachedSal, long reachedSql, long won) {}
}
