package io.leadflow.handoff.application.port.out;

import io.leadflow.handoff.application.port.in.FindReportsQuery.ConversionReportRow;
import io.leadflow.handoff.application.port.in.FindReportsQuery.SlaReportRow;
import java.time.Instant;
import java.util.List;

/**
 * Aggregations over the hand-offs and the SLA log, computed where the data is. A report for a manager counts only the
 * hand-offs of the teams they manage, so that no manager reads another team's figures.
 */
public interface HandoffReports {

    /**
     * @param byTeam by team when true, else by rep
     * @param manager only the hand-offs of teams this e-mail manages; null: every hand-off
     */
    List<SlaReportRow> sla(Instant from, Instant to, boolean byTeam, String manager);

    /**
     * @param column one of channel, campaign, segment, rep
     * @param manager only the hand-offs of teams this e-mail manages; null: every hand-off
     */
    List<ConversionReportRow> conversion(Instant from, Instant to, String column, String manager);
}
