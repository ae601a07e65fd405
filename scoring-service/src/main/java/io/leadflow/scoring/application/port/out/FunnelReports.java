package io.leadflow.scoring.application.port.out;

import io.leadflow.scoring.application.port.in.FunnelDimension;
import io.leadflow.scoring.application.port.in.FunnelReport;
import io.leadflow.scoring.application.port.in.StalledSql;
import java.time.Instant;
import java.util.List;

/** The funnel's aggregates over the lifecycle timeline, computed where the timeline is kept. */
public interface FunnelReports {

    /** One row per group of the leads that entered the funnel in [from, to), ordered by key. */
    List<FunnelReport.Row> funnel(Instant from, Instant to, FunnelDimension by);

    List<StalledSql> stalled(Instant from, Instant to, Instant now, int limit);
}
