package io.leadflow.handoff.application.port.out;

import io.leadflow.handoff.application.port.in.FindReportsQuery.ConversionReportRow;
import io.leadflow.handoff.application.port.in.FindReportsQuery.SlaReportRow;
import java.time.Instant;
import java.util.List;

/** Aggregations over the hand-offs and the SLA log, computed where the data is. */
public interface HandoffReports {

    /** @param byTeam by team when true, else by rep */
    List<SlaReportRow> sla(Instant from, Instant to, boolean byTeam);

    /** @param column one of channel, campaign, segment, rep */
    List<ConversionReportRow> conversion(Instant from, Instant to, String column);
}
