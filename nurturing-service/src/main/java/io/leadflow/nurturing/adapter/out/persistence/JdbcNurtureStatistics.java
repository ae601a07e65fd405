package io.leadflow.nurturing.adapter.out.persistence;

import io.leadflow.nurturing.application.port.in.NurtureStatisticsView;
import io.leadflow.nurturing.application.port.in.NurtureStatisticsView.RecycleRate;
import io.leadflow.nurturing.application.port.in.NurtureStatisticsView.RejectionCount;
import io.leadflow.nurturing.application.port.in.NurtureStatisticsView.TimeToRecycle;
import io.leadflow.nurturing.application.port.in.StatisticsPeriod;
import io.leadflow.nurturing.application.port.out.NurtureStatistics;
import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Aggregates in SQL; buckets are UTC days, ISO weeks (starting Monday) or months, named by their first day. */
@Repository
class JdbcNurtureStatistics implements NurtureStatistics {

    private final JdbcClient jdbc;

    JdbcNurtureStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public NurtureStatisticsView compute(StatisticsPeriod period) {
        Timestamp from = Timestamp.from(period.from());
        Timestamp to = Timestamp.from(period.to());
        List<RejectionCount> rejections = jdbc.sql("""
                select to_char(date_trunc(:bucket, rejected_at at time zone 'UTC'), 'YYYY-MM-DD') as bucket,
                       lower(reason), count(*)
                from rejection where rejected_at >= :from and rejected_at < :to
                group by 1, 2 order by 1, 2""")
                .param("bucket", period.bucket().name().toLowerCase(Locale.ROOT))
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new RejectionCount(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .list();
        List<RecycleRate> byReason = rates("lower(coalesce(reason, 'below_threshold'))", from, to);
        List<RecycleRate> byTrack = rates("track_key", from, to);
        TimeToRecycle time = jdbc.sql("""
                select count(*), avg(extract(epoch from ended_at - enrolled_at)) / 86400,
                       percentile_cont(0.5) within group (order by extract(epoch from ended_at - enrolled_at)) / 86400
                from enrollment where status = 'RECYCLED' and ended_at >= :from and ended_at < :to""")
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new TimeToRecycle(
                        rs.getLong(1), (Double) nullable(rs.getObject(2)), (Double) nullable(rs.getObject(3))))
                .single();
        return new NurtureStatisticsView(rejections, byReason, byTrack, time);
    }

    private List<RecycleRate> rates(String key, Timestamp from, Timestamp to) {
        return jdbc.sql("select " + key + ", count(*), count(*) filter (where status = 'RECYCLED')"
                        + " from enrollment where enrolled_at >= :from and enrolled_at < :to group by 1 order by 1")
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new RecycleRate(
                        rs.getString(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getLong(2) == 0 ? 0.0 : (double) rs.getLong(3) / rs.getLong(2)))
                .list();
    }

    private static Object nullable(Object value) {
        return value instanceof Number number ? number.doubleValue() : null;
    }
}
