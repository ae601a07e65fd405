package io.leadflow.handoff.adapter.out.persistence;

import io.leadflow.handoff.application.port.in.FindReportsQuery.ConversionReportRow;
import io.leadflow.handoff.application.port.in.FindReportsQuery.SlaReportRow;
import io.leadflow.handoff.application.port.out.HandoffReports;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcHandoffReports implements HandoffReports {

    /** Only these expressions ever reach the SQL text; the caller's choice is a key into this map. */
    private static final Map<String, String> GROUPS = Map.of(
            "channel", "coalesce(h.channel, 'unknown')",
            "campaign", "coalesce(h.campaign, 'unknown')",
            "segment", "coalesce(h.segment, 'unknown')",
            "rep", "coalesce(r.email, 'unassigned')");

    private final JdbcClient jdbc;

    JdbcHandoffReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<SlaReportRow> sla(Instant from, Instant to, boolean byTeam, String manager) {
        String key = byTeam ? "h.team_id::text" : "h.rep_id::text";
        String name = byTeam ? "t.name" : "r.name";
        String eventKey = byTeam ? "e.team_id" : "e.rep_id";
        return jdbc.sql("""
                with period as (
                    select * from handoff h where h.created_at >= :from and h.created_at < :to and h.rep_id is not null%4$s
                ), held as (
                    select %1$s as key, min(%2$s) as name, count(*) as handoffs,
                        count(h.accepted_at) as accepted,
                        count(*) filter (where h.accepted_at is not null and h.accept_due_at is not null
                            and h.accepted_at <= h.accept_due_at) as in_time,
                        avg(extract(epoch from h.accepted_at - h.assigned_at))::float8 as mean_seconds,
                        (percentile_cont(0.5) within group (order by extract(epoch from h.accepted_at - h.assigned_at)))::float8
                            as median_seconds
                    from period h left join sales_rep r on r.id = h.rep_id left join team t on t.id = h.team_id
                    group by 1
                ), breached as (
                    select %3$s::text as key, count(*) as breaches from sla_event e
                    join period h on h.id = e.handoff_id where e.kind = 'BREACH' group by 1
                )
                select coalesce(held.key, breached.key) as key, held.name, coalesce(held.handoffs, 0) as handoffs,
                    coalesce(held.accepted, 0) as accepted, coalesce(held.in_time, 0) as in_time,
                    coalesce(breached.breaches, 0) as breaches, held.mean_seconds, held.median_seconds
                from held full join breached on breached.key = held.key
                where coalesce(held.key, breached.key) is not null
                order by 2 nulls last, 1""".formatted(key, name, eventKey, scope(manager)))
                .param("from", JdbcTimes.at(from))
                .param("to", JdbcTimes.at(to))
                .params(manager == null ? Map.of() : Map.of("manager", manager))
                .query((rs, n) -> {
                    long accepted = rs.getLong("accepted");
                    long inTime = rs.getLong("in_time");
                    long breaches = rs.getLong("breaches");
                    long judged = inTime + breaches;
                    return new SlaReportRow(
                            rs.getString("key"),
                            rs.getString("name"),
                            rs.getLong("handoffs"),
                            accepted,
                            inTime,
                            breaches,
                            judged == 0 ? null : (double) inTime / judged,
                            (Double) rs.getObject("mean_seconds", Double.class),
                            (Double) rs.getObject("median_seconds", Double.class));
                })
                .list();
    }

    @Override
    public List<ConversionReportRow> conversion(Instant from, Instant to, String column, String manager) {
        String group = GROUPS.get(column);
        if (group == null) {
            throw new IllegalArgumentException("no conversion group " + column);
        }
        return jdbc.sql("""
                select %s as key, count(*) as mql, count(h.accepted_at) as sal, count(h.sql_at) as sql
                from handoff h left join sales_rep r on r.id = h.rep_id
                where h.created_at >= :from and h.created_at < :to%s
                group by 1 order by 2 desc, 1""".formatted(group, scope(manager)))
                .param("from", JdbcTimes.at(from))
                .param("to", JdbcTimes.at(to))
                .params(manager == null ? Map.of() : Map.of("manager", manager))
                .query((rs, n) -> {
                    long mql = rs.getLong("mql");
                    long sal = rs.getLong("sal");
                    long sql = rs.getLong("sql");
                    return new ConversionReportRow(
                            rs.getString("key"),
                            mql,
                            sal,
                            sql,
                            mql == 0 ? null : (double) sal / mql,
                            sal == 0 ? null : (double) sql / sal);
                })
                .list();
    }

    /** The condition that keeps a manager to the hand-offs of the teams they manage (none: every hand-off). */
    private static String scope(String manager) {
        return manager == null ? "" : " and h.team_id in (select t2.id from team t2 where t2.manager_email = :manager)";
    }
}
