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
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcRejectionLog implements RejectionLog {

    /** A null :reason means "every reason"; the cast gives PostgreSQL the parameter's type. */
    private static final String MATCHING = " where (cast(:reason as text) is null or r.reason = :reason)";

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
        String reason = filter.reason().map(RejectionReason::name).orElse(null);
        long total = jdbc.sql("select count(*) from rejection r" + MATCHING)
                .param("reason", reason)
                .query(Long.class)
                .single();
        List<RejectedLeadView> items = jdbc.sql("""
                select r.lead_id, r.reason, r.note, r.rejected_by, e.track_key, t.name,
                       coalesce(e.status, r.outcome), r.rejected_at
                from rejection r
                left join enrollment e on e.id = r.enrollment_id
                left join nurture_track t on t.key = e.track_key""" + MATCHING + """

                order by r.rejected_at desc, r.recorded_at desc, r.event_id
                limit :limit offset :offset""")
                .param("reason", reason)
                .param("limit", filter.size())
                .param("offset", filter.offset())
                .query(JdbcRejectionLog::map)
                .list();
        return new RejectedLeadPage(items, filter.page(), filter.size(), total);
    }

    private static RejectedLeadView map(ResultSet rs, int row) throws SQLException {
        String trackKey = rs.getString(5);
        return new RejectedLeadView(new LeadId(rs.getObject(1, UUID.class)), RejectionReason.valueOf(rs.getString(2)),
                rs.getString(3), rs.getString(4),
                trackKey == null ? Optional.empty() : Optional.of(new TrackRef(trackKey, rs.getString(6))),
                rs.getString(7), rs.getTimestamp(8).toInstant());
    }
}
