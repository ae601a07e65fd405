package io.leadflow.nurturing.adapter.out.persistence;

import io.leadflow.kernel.LeadId;
import io.leadflow.nurturing.application.port.out.ScheduledSteps;
import io.leadflow.nurturing.domain.ScheduledStep;
import io.leadflow.nurturing.domain.StepStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Steps as rows with a due time: the timers survive restarts, and {@code for update skip locked} hands each due step
 * to one replica only; the claim lasts until the transaction that marks the step sent commits or rolls back (a
 * replica that dies mid-run releases its claim with its connection). The step's enrolment is locked with it, in the
 * same order as a recycle or exit locks them (enrolment, then steps), so the two never deadlock; a step whose
 * enrolment is being ended right now is skipped, and the ending cancels it.
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
    public List<ScheduledStep> claimDue(Instant now, int limit) {
        return jdbc.sql(SELECT + """
                join enrollment e on e.id = s.enrollment_id and e.status = 'ACTIVE'
                where s.status = 'SCHEDULED' and s.due_at <= :now
                order by s.due_at, s.position limit :limit
                for update of s, e skip locked""")
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query(JdbcScheduledSteps::map)
                .list();
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
    public void cancelPending(UUID enrollmentId) {
        jdbc.sql("update enrollment_step set status = 'CANCELLED' where enrollment_id = :id and status = 'SCHEDULED'")
                .param("id", enrollmentId)
                .update();
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
