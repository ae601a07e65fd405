package io.leadflow.scoring.application.port.in;

import java.time.Instant;
import java.util.List;

/**
 * Which channels', campaigns', segments', score bands', grades' and reps' leads turn into revenue: the funnel from
 * MQL to WON, built from every lead's lifecycle timeline, and the SQLs that never close.
 */
public interface FindFunnelReportQuery {

    FunnelReport findFunnel(Instant from, Instant to, FunnelDimension by);

    /** SQLs of the period still open, by channel and campaign, longest open first, at most 500. */
    List<StalledSql> findStalledSqls(Instant from, Instant to);
}
