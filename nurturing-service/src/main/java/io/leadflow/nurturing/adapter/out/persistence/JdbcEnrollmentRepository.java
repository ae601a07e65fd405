package io.leadflow.nurturing.adapter.out.persistence;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.kernel.RejectionReason;
import io.leadflow.nurturing.application.port.out.EnrollmentRepository;
import io.leadflow.nurturing.domain.Enrollment;
import io.leadflow.nurturing.domain.EnrollmentSource;
import io.leadflow.nurturing.domain.EnrollmentStatus;
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

/** The partial unique index {@code enrollment_one_active_per_lead} backs the one-active-enrolment rule. */
@Repository
class JdbcEnrollmentRepository implements EnrollmentRepository {

    private static final String SELECT = """
            select e.id, e.lead_id, e.track_key, t.name, e.source, e.reason, e.note, e.rejected_by, e.status,
                   e.enrolled_at, e.stage, e.expires_at, e.ended_at, e.exit_trigger
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
    public Optional<Enrollment> lockActive(LeadId leadId) {
        return jdbc.sql(SELECT + " where e.lead_id = :leadId and e.status = 'ACTIVE' for update of e")
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
    public List<Enrollment> allOf(LeadId leadId) {
        return jdbc.sql(SELECT + " where e.lead_id = :leadId order by e.enrolled_at, e.id")
                .param("leadId", leadId.value())
                .query(JdbcEnrollmentRepository::map)
                .list();
    }

    @Override
    public Optional<Enrollment> lock(UUID enrollmentId) {
        return jdbc.sql(SELECT + " where e.id = :id for update of e")
                .param("id", enrollmentId)
                .query(JdbcEnrollmentRepository::map)
                .optional();
    }

    @Override
    public void save(Enrollment e) {
        jdbc.sql("""
                insert into enrollment (id, lead_id, track_key, source, reason, note, rejected_by, status, stage,
                    enrolled_at, expires_at, ended_at, exit_trigger)
                values (:id, :leadId, :trackKey, :source, :reason, :note, :rejectedBy, :status, :stage, :enrolledAt,
                    :expiresAt, :endedAt, :exitTrigger)
                on conflict (id) do update set status = excluded.status, stage = excluded.stage,
                    ended_at = excluded.ended_at, exit_trigger = excluded.exit_trigger, updated_at = now()""")
                .param("id", e.id())
                .param("leadId", e.leadId().value())
                .param("trackKey", e.track().key())
                .param("source", e.source().name())
                .param("reason", e.reason() == null ? null : e.reason().name())
                .param("note", e.note())
                .param("rejectedBy", e.rejectedBy())
                .param("status", e.status().name())
                .param("stage", e.stage().name())
                .param("enrolledAt", Timestamp.from(e.enrolledAt()))
                .param("expiresAt", e.expiresAt() == null ? null : Timestamp.from(e.expiresAt()))
                .param("endedAt", e.endedAt() == null ? null : Timestamp.from(e.endedAt()))
                .param("exitTrigger", e.exitTrigger())
                .update();
    }

    private static Enrollment map(ResultSet rs, int row) throws SQLException {
        String reason = rs.getString(6);
        return new Enrollment(
                rs.getObject(1, UUID.class),
                new LeadId(rs.getObject(2, UUID.class)),
                new TrackRef(rs.getString(3), rs.getString(4)),
                EnrollmentSource.valueOf(rs.getString(5)),
                reason == null ? null : RejectionReason.valueOf(reason),
                rs.getString(7),
                rs.getString(8),
                EnrollmentStatus.valueOf(rs.getString(9)),
                rs.getTimestamp(10).toInstant(),
                LifecycleStage.valueOf(rs.getString(11)),
                instant(rs.getTimestamp(12)),
                instant(rs.getTimestamp(13)),
                rs.getString(14));
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
