package io.leadflow.scoring.adapter.out.persistence;

import io.leadflow.scoring.application.port.in.FunnelDimension;
import io.leadflow.scoring.application.port.in.FunnelReport;
import io.leadflow.scoring.application.port.in.StalledSql;
import io.leadflow.scoring.application.port.out.FunnelReports;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The funnel over the timeline: a lead belongs to the period in which it first entered the funnel (its first move to
 * MQL, or to SAL for a lead sales brought in); what it reached since is read from all of its moves; revenue is the sum
 * of the amounts its WON moves carried, or of the amount a CRM changed a won deal to since ({@code deal_amount}). The rep is
 * the one named on the lead's latest move that named one.
 */
@Repository
class JdbcFunnelReports implements FunnelReports {

    private static final String NONE = "(none)";

    private static final String PATHS = """
            with entered as (
                select distinct lead_id from timeline
                where to_stage in ('MQL', 'SAL') and occurred_at >= :from and occurred_at < :to
            ), path as (
                select t.lead_id,
                       min(t.occurred_at) filter (where t.to_stage in ('MQL', 'SAL')) as entered_at,
                       bool_or(t.to_stage = 'SAL') as sal,
                       bool_or(t.to_stage = 'SQL') as reached_sql,
                       bool_or(t.to_stage = 'OPPORTUNITY') as opportunity,
                       bool_or(t.to_stage = 'WON') as won,
                       bool_or(t.to_stage = 'LOST') as lost,
                       (array_agg(t.assigned_to order by t.occurred_at desc)
                            filter (where t.assigned_to is not null))[1] as rep
                from timeline t join entered e on e.lead_id = t.lead_id
                group by t.lead_id
            ), cohort as (
                select p.*, %s as key
                from path p join lead_state s on s.lead_id = p.lead_id
                where p.entered_at >= :from and p.entered_at < :to
            )
            """;

    private final JdbcClient jdbc;

    JdbcFunnelReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static String key(FunnelDimension by) {
        return switch (by) {
            case CHANNEL -> "s.first_channel";
            case CAMPAIGN -> "s.first_campaign";
            case SEGMENT -> "s.segment";
            case GRADE -> "s.fit_grade";
            case REP -> "p.rep";
            case SCORE_BAND -> """
                    (select case when b >= 100 then '100+' when b < 0 then 'below 0'
                                 else lpad((b / 20 * 20)::text, 2, '0') || '-' || lpad((b / 20 * 20 + 19)::text, 2, '0')
                            end
                     from (select coalesce((s.qualification ->> 'score')::int, s.score) as b) score)""";
        };
    }

    @Override
    public List<FunnelReport.Row> funnel(Instant from, Instant to, FunnelDimension by) {
        String paths = PATHS.formatted(key(by));
        Map<String, Map<String, BigDecimal>> revenue = new HashMap<>();
        jdbc.sql(paths + """
                select c.key, coalesce(d.currency, w.currency) as currency, sum(coalesce(d.amount, w.amount))
                from cohort c join timeline w on w.lead_id = c.lead_id and w.to_stage = 'WON'
                left join deal_amount d
                    on d.lead_id = c.lead_id and d.stage = 'WON' and d.occurred_at >= w.occurred_at
                where coalesce(d.amount, w.amount) is not null
                group by c.key, coalesce(d.currency, w.currency)""")
                .param("from", LeadRows.timestamp(from))
                .param("to", LeadRows.timestamp(to))
                .query(rs -> {
                    revenue.computeIfAbsent(keyOf(rs.getString(1)), k -> new TreeMap<>())
                            .put(rs.getString(2), rs.getBigDecimal(3));
                });
        Map<String, FunnelReport.Row> rows = new LinkedHashMap<>();
        jdbc.sql(paths + """
                select key, count(*), count(*) filter (where sal or reached_sql or opportunity or won),
                       count(*) filter (where reached_sql or opportunity or won),
                       count(*) filter (where opportunity or won), count(*) filter (where won),
                       count(*) filter (where lost and not won)
                from cohort group by key order by key nulls last""")
                .param("from", LeadRows.timestamp(from))
                .param("to", LeadRows.timestamp(to))
                .query(rs -> {
                    String key = keyOf(rs.getString(1));
                    rows.put(
                            key,
                            new FunnelReport.Row(
                                    key,
                                    rs.getLong(2),
                                    rs.getLong(3),
                                    rs.getLong(4),
                                    rs.getLong(5),
                                    rs.getLong(6),
                                    rs.getLong(7),
                                    revenue.getOrDefault(key, Map.of())));
                });
        return new ArrayList<>(rows.values());
    }

    @Override
    public List<StalledSql> stalled(Instant from, Instant to, Instant now, int limit) {
        return jdbc.sql("""
                with became as (
                    select distinct lead_id from timeline
                    where to_stage = 'SQL' and occurred_at >= :from and occurred_at < :to
                ), path as (
                    select t.lead_id, min(t.occurred_at) filter (where t.to_stage = 'SQL') as sql_at,
                           (array_agg(t.assigned_to order by t.occurred_at desc)
                                filter (where t.assigned_to is not null))[1] as rep
                    from timeline t join became b on b.lead_id = t.lead_id
                    group by t.lead_id
                )
                select p.lead_id, s.first_channel, s.first_campaign, s.stage, p.sql_at, p.rep
                from path p join lead_state s on s.lead_id = p.lead_id
                where p.sql_at >= :from and p.sql_at < :to and s.stage in ('SQL', 'OPPORTUNITY')
                order by s.first_channel nulls last, s.first_campaign nulls last, p.sql_at, p.lead_id
                limit :limit""")
                .param("from", LeadRows.timestamp(from))
                .param("to", LeadRows.timestamp(to))
                .param("limit", limit)
                .query((rs, n) -> {
                    Instant sqlAt = LeadRows.instant(rs, 5);
                    return new StalledSql(
                            rs.getString(1),
                            keyOf(rs.getString(2)),
                            keyOf(rs.getString(3)),
                            rs.getString(4),
                            sqlAt,
                            rs.getString(6),
                            Math.max(0, Duration.between(sqlAt, now).toDays()));
                })
                .list();
    }

    private static String keyOf(String value) {
        return value == null || value.isBlank() ? NONE : value;
    }
}
