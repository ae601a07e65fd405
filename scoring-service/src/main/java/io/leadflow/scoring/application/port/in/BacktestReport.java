package io.leadflow.scoring.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A backtest's answer: the tried version against the published one (null when the model has none), overall and by
 * channel, campaign and segment, with the first qualifications for a look at when.
 */
public record BacktestReport(
        String modelId,
        int version,
        Integer publishedVersion,
        Instant from,
        Instant to,
        long leads,
        long events,
        Outcome candidate,
        Outcome published,
        Map<String, List<Group>> breakdown,
        List<Qualification> sample) {

    /** How many leads a version would have qualified, and how many of those reached each stage in reality. */
    public record Outcome(long qualified, long fastTracked, long reachedSal, long reachedSql, long won) {}

    /** One group (a channel, a campaign, a segment) with both versions' outcomes. */
    public record Group(String key, Outcome candidate, Outcome published) {}

    /** One lead the tried version would have qualified: when, how, and with what score. */
    public record Qualification(
            String leadId, Instant at, int score, boolean fastTrack, String channel, String campaign, String segment) {}
}
