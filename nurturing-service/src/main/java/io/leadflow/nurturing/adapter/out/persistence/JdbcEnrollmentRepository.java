package io.leadflow.nurturing.adapter.out.persistence;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.kernel.RejectionReason;
import io.leadflow.nurturing.application.port.out.EnrollmentRepository;
import io.leadflow.nurturing.domain.Enrollment;
import io.leadflow.nurturing.domain.EnrollmentStatus;
import io.leadflow.nurturing.domain.TrackRef;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The partial unique index {@code enrollment_one_active_per_lead} backs the one-active-enrolment rule. */
@Repository
class JdbcEnrollmentRepository implements EnrollmentRepository {

    private static final String SELECT = """
            select e.id, e.lead_id, e.track_key, t.name, e.reason, e.note, e.rejected_by, e.status, e.enrolled_at,
                   e.stage
            from enrollment e join nurture_track t on t.key = e.track_key
            """;

    private final JdbcClient jdbc;

    JdbcEnrollmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Enrollment> findActive(LeadId leadId) {
        return jdbc.sql(SELECT + " where e.lead_id = :leadId and e.status = 'ACTIVE'")
                .param("leadId", leadId.value())
                .query(JdbcEnrollmentRepository::map)
                .optional();
    }

    @Override
    public Optional<Enrollment> findCurrent(LeadId leadId) {
        return jdbc.sql(SELECT + """
                 where e.lead_id = :leadId
                order by (e.status = 'ACTIVE') desc, e.enrolled_at desc limit 1""")
                .param("leadId", leadId.value())
                .query(JdbcEnrollmentRepository::map)
                .optional();
    }

    @Override
    public void save(Enrollment e) {
        jdbc.sql("""
                insert into enrollment
                    (id, lead_id, track_key, reason, note, rejected_by, status, stage, enrolled_at)
                values (:id, :leadId, :trackKey, :reason, :note, :rejectedBy, :status, :stage, :enrolledAt)
                on conflict (id) do update set status = excluded.status, stage = excluded.stage, updated_at = now()""")
                .param("id", e.id())
                .param("leadId", e.leadId().value())
                .param("trackKey", e.track().key())
                .param("reason", e.reason().name())
                .param("note", e.note())
                .param("rejectedBy", e.rejectedBy())
                .param("status", e.status().name())
                .param("stage", e.stage().name())
                .param("enrolledAt", Timestamp.from(e.enrolledAt()))
                .update();
    }

    private static Enrollment map(ResultSet rs, int row) throws SQLException {
        return new Enrollment(rs.getObject(1, UUID.class), new LeadId(rs.getObject(2, UUID.class)),
                new TrackRef(rs.getString(3), rs.getString(4)), RejectionReason.valueOf(rs.getString(5)),
                rs.getString(6), rs.getString(7), EnrollmentStatus.valueOf(rs.getString(8)),
                rs.getTimestamp(9).toInstant(), LifecycleStage.valueOf(rs.getString(10)));
    }
}
