package io.leadflow.nurturing.adapter.out.persistence;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.RejectionReason;
import io.leadflow.nurturing.application.port.in.RejectedLeadPage;
import io.leadflow.nurturing.application.port.in.RejectedLeadView;
import io.leadflow.nurturing.application.port.in.RejectedLeadsFilter;
import io.leadflow.nurturing.application.port.out.RejectionLog;
import io.leadflow.nurturing.domain.Rejection;
import io.leadflow.nurturing.domain.RejectionOutcome;
import io.leadflow.nurturing.domain.TrackRef;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcRejectionLog implements RejectionLog {

    private static final String FROM = """
             from rejection r
            left join enrollment e on e.id = r.enrollment_id
            left join nurture_track t on t.key = e.track_key
            """;

    /** A null parameter means "any"; the casts give PostgreSQL the parameters' types. */
    private static final String MATCHING = """
             where (cast(:reason as text) is null or r.reason = :reason)
              and (cast(:rep as text) is null or r.rejected_by = :rep)
              and (cast(:from as timestamptz) is null or r.rejected_at >= :from)
              and (cast(:to as timestamptz) is null or r.rejected_at < :to)
              and (cast(:track as text) is null or e.track_key = :track)
              and (cast(:status as text) is null or coalesce(e.status, r.outcome) = :status)
            """;

    private final JdbcClient jdbc;

    JdbcRejectionLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(Rejection r, RejectionOutcome outcome, Optional<UUID> enrollmentId) {
        jdbc.sql("""
                insert into rejection
                    (event_id, lead_id, reason, note, rejected_by, rejected_at, outcome, enrollment_id)
                values (:eventId, :leadId, :reason, :note, :rejectedBy, :rejectedAt, :outcome, :enrollmentId)""")
                .param("eventId", r.id())
                .param("leadId", r.leadId().value())
                .param("reason", r.reason().name())
                .param("note", r.note())
                .param("rejectedBy", r.rejectedBy())
                .param("rejectedAt", Timestamp.from(r.rejectedAt()))
                .param("outcome", outcome.name())
                .param("enrollmentId", enrollmentId.orElse(null))
                .update();
    }

    @Override
    public RejectedLeadPage page(RejectedLeadsFilter filter) {
        long total = params(jdbc.sql("select count(*)" + FROM + MATCHING), filter)
                .query(Long.class)
                .single();
        List<RejectedLeadView> items = params(jdbc.sql("""
                select r.lead_id, r.reason, r.note, r.rejected_by, e.track_key, t.name,
                       coalesce(e.status, r.outcome), r.rejected_at""" + FROM + MATCHING + """
                order by r.rejected_at desc, r.recorded_at desc, r.event_id
                limit :limit offset :offset"""), filter)
                .param("limit", filter.size())
                .param("offset", filter.offset())
                .query(JdbcRejectionLog::map)
                .list();
        return new RejectedLeadPage(items, filter.page(), filter.size(), total);
    }

    @Override
    public List<Rejection> ofLead(LeadId leadId) {
        return jdbc.sql("""
                select event_id, lead_id, reason, note, rejected_by, rejected_at from rejection
                where lead_id = :lead order by rejected_at, recorded_at""")
                .param("lead", leadId.value())
                .query((rs, n) -> new Rejection(
                        rs.getObject(1, UUID.class),
                        new LeadId(rs.getObject(2, UUID.class)),
                        RejectionReason.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec sql, RejectedLeadsFilter f) {
        return sql.param("reason", f.reason().map(RejectionReason::name).orElse(null))
                .param("rep", f.rep().orElse(null))
                .param("from", f.from().map(JdbcRejectionLog::ts).orElse(null))
                .param("to", f.to().map(JdbcRejectionLog::ts).orElse(null))
                .param("track", f.track().orElse(null))
                .param("status", f.status().orElse(null));
    }

    private static Timestamp ts(Instant i) {
        return Timestamp.from(i);
    }

    private static RejectedLeadView map(ResultSet rs, int row) throws SQLException {
        String trackKey = rs.getString(5);
        return new RejectedLeadView(
                new LeadId(rs.getObject(1, UUID.class)),
                RejectionReason.valueOf(rs.getString(2)),
                rs.getString(3),
                rs.getString(4),
                trackKey == null ? Optional.empty() : Optional.of(new TrackRef(trackKey, rs.getString(6))),
                rs.getString(7),
                rs.getTimestamp(8).toInstant());
    }
}
