package io.leadflow.console.adapter.out.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.leadflow.console.application.BacktestResult;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The part of scoring's {@code BacktestReport} the page shows: both versions' outcomes over the period. */
@JsonIgnoreProperties(ignoreUnknown = true)
record BacktestBody(
        String modelId,
        int version,
        @Nullable Integer publishedVersion,
        Instant from,
        Instant to,
        long leads,
        long events,
        OutcomeBody candidate,
        @Nullable OutcomeBody published) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record OutcomeBody(long qualified, long fastTracked, long reachedSal, long reachedSql, long won) {

        BacktestResult.Outcome toOutcome() {
            return new BacktestResult.Outcome(qualified, fastTracked, reachedSal, reachedSql, won);
        }
    }

    BacktestResult toResult() {
        return new BacktestResult(
                modelId,
                version,
                publishedVersion,
                from,
                to,
                leads,
                events,
                candidate.toOutcome(),
                published == null ? null : published.toOutcome());
    }
}
