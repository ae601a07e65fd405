package io.leadflow.nurturing.adapter.out.persistence;

import io.leadflow.kernel.LeadId;
import io.leadflow.nurturing.application.port.out.ScheduledSteps;
import io.leadflow.nurturing.domain.ScheduledStep;
import io.leadflow.nurturing.domain.StepStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Steps as rows (enrollment_step) with their due time and status; the status is what makes a step's effect happen
 * once, whatever its timer does. A lock on a step lasts until the transaction that marks it sent ends.
 */
@Repository
class JdbcScheduledSteps implements ScheduledSteps {

    private static final String SELECT = """
            select s.id, s.enrollment_id, s.lead_id, s.position, s.name, s.content, s.due_at, s.status, s.sent_at
            from enrollment_step s
            """;

    private final JdbcClient jdbc;

    JdbcScheduledSteps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void addAll(List<ScheduledStep> steps) {
        steps.forEach(this::insert);
    }

    private void insert(ScheduledStep s) {
        jdbc.sql("""
                insert into enrollment_step (id, enrollment_id, lead_id, position, name, content, due_at, status,
                    sent_at)
                values (:id, :enrollmentId, :leadId, :position, :name, :content, :dueAt, :status, :sentAt)""")
                .param("id", s.id())
                .param("enrollmentId", s.enrollmentId())
                .param("leadId", s.leadId().value())
                .param("position", s.position())
                .param("name", s.name())
                .param("content", s.content())
                .param("dueAt", Timestamp.from(s.dueAt()))
                .param("status", s.status().name())
                .param("sentAt", s.sentAt() == null ? null : Timestamp.from(s.sentAt()))
                .update();
    }

    @Override
    public Optional<ScheduledStep> lock(UUID stepId) {
        return jdbc.sql(SELECT + " where s.id = :id for update")
                .param("id", stepId)
                .query(JdbcScheduledSteps::map)
                .optional();
    }

    @Override
    public Optional<ScheduledStep> find(UUID stepId) {
        return jdbc.sql(SELECT + " where s.id = :id")
                .param("id", stepId)
                .query(JdbcScheduledSteps::map)
                .optional();
    }

    @Override
    public void save(ScheduledStep s) {
        jdbc.sql("update enrollment_step set status = :status, sent_at = :sentAt where id = :id")
                .param("status", s.status().name())
                .param("sentAt", s.sentAt() == null ? null : Timestamp.from(s.sentAt()))
                .param("id", s.id())
                .update();
    }

    @Override
    public List<UUID> cancelPending(UUID enrollmentId) {
        return jdbc.sql("""
                update enrollment_step set status = 'CANCELLED' where enrollment_id = :id and status = 'SCHEDULED'
                returning id""").param("id", enrollmentId).query(UUID.class).list();
    }

    @Override
    public int scheduledCount(UUID enrollmentId) {
        return jdbc.sql("select count(*) from enrollment_step where enrollment_id = :id and status = 'SCHEDULED'")
                .param("id", enrollmentId)
                .query(Integer.class)
                .single();
    }

    @Override
    public List<ScheduledStep> ofEnrollment(UUID enrollmentId) {
        return jdbc.sql(SELECT + " where s.enrollment_id = :id order by s.position")
                .param("id", enrollmentId)
                .query(JdbcScheduledSteps::map)
                .list();
    }

    private static ScheduledStep map(ResultSet rs, int row) throws SQLException {
        return new ScheduledStep(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                new LeadId(rs.getObject(3, UUID.class)),
                rs.getInt(4),
                rs.getString(5),
                rs.getString(6),
                rs.getTimestamp(7).toInstant(),
                StepStatus.valueOf(rs.getString(8)),
                JdbcEnrollmentRepository.instant(rs.getTimestamp(9)));
    }
}
