package io.leadflow.console.application.port.in;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.ConversionRow;
import io.leadflow.console.application.FunnelReport;
import io.leadflow.console.application.SlaRow;
import io.leadflow.console.application.StalledSqlRow;
import java.time.Instant;
import java.util.List;

/** The figures managers and marketing watch for a period: team SLA and MQL to SAL to SQL conversion. */
public interface FindReportsQuery {

    /** @param by {@code rep} or {@code team} */
    List<SlaRow> sla(Caller caller, Instant from, Instant to, String by);

    /** @param by {@code channel}, {@code campaign}, {@code segment} or {@code rep} */
    List<ConversionRow> conversion(Caller caller, Instant from, Instant to, String by);

    /**
     * The funnel to revenue (scoring's report) of the leads that entered the funnel in [from, to).
     *
     * @param by {@code channel}, {@code campaign}, {@code segment}, {@code score-band}, {@code grade} or {@code rep}
     */
    FunnelReport funnel(Caller caller, Instant from, Instant to, String by);

    /** The SQLs of [from, to) that never closed, by channel and campaign. */
    List<StalledSqlRow> stalledSqls(Caller caller, Instant from, Instant to);
}
