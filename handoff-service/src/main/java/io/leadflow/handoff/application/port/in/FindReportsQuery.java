package io.leadflow.handoff.application.port.in;

import java.time.Instant;
import java.util.List;

/**
 * The figures management watches, for hand-offs created in [from, to): SLA compliance and response times by rep and
 * by team, and MQL to SAL to SQL conversion grouped by channel, campaign, segment or rep.
 */
public interface FindReportsQuery {

    /**
     * @param by "rep" or "team"
     * @param caller an admin or marketing reads every team's figures, a sales manager only their own teams'
     */
    List<SlaReportRow> slaCompliance(Instant from, Instant to, String by, Actor caller);

    /**
     * @param by "channel", "campaign", "segment" or "rep"
     * @param caller an admin or marketing reads every team's figures, a sales manager only their own teams'
     */
    List<ConversionReportRow> conversion(Instant from, Instant to, String by, Actor caller);

    /**
     * One rep's or team's SLA figures: hand-offs they held, how many were accepted and how many of those before the
     * accept deadline, deadlines breached (accept and decide), compliance (in-time accepts over accepts plus
     * breaches), and the mean and median seconds from assignment to accept.
     */
    record SlaReportRow(
            String key,
            String name,
            long handoffs,
            long accepted,
            long acceptedInTime,
            long breaches,
            Double compliance,
            Double meanResponseSeconds,
            Double medianResponseSeconds) {}

    /** One group's funnel: MQLs handed off, how many became SAL and SQL, and the rates. */
    record ConversionReportRow(String key, long mql, long sal, long sql, Double salRate, Double sqlRate) {}
}
