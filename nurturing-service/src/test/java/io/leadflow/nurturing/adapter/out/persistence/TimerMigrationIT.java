package io.leadflow.nurturing.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.kernel.testing.LocalDatabases;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database deployed before the timers moved to db-scheduler: its waiting steps and expiries must still fire after
 * the migration, as db-scheduler timers at the same times, and nothing else may become a timer.
 */
class TimerMigrationIT {

    private static final Instant ENROLLED = Instant.parse("2026-10-01T09:00:00Z");

    @Test
    void steps_waiting_in_a_deployed_database_become_timers_at_their_due_times() {
        DriverManagerDataSource db = new DriverManagerDataSource(
                LocalDatabases.recreate("leadflow_test_nurturing_migration"),
                LocalDatabases.USER,
                LocalDatabases.PASSWORD);
        Flyway.configure().dataSource(db).target("4").load().migrate();
        JdbcClient jdbc = JdbcClient.create(db);
        UUID active = enrolment(jdbc, "ACTIVE", ENROLLED.plusSeconds(86_400 * 60));
        step(jdbc, active, 1, "SENT", ENROLLED.plusSeconds(86_400));
        UUID waiting = step(jdbc, active, 2, "SCHEDULED", ENROLLED.plusSeconds(86_400 * 22));
        UUID recycled = enrolment(jdbc, "RECYCLED", ENROLLED.plusSeconds(86_400 * 60));
        step(jdbc, recycled, 1, "CANCELLED", ENROLLED.plusSeconds(86_400));
        UUID withoutExpiry = enrolment(jdbc, "ACTIVE", null);
        step(jdbc, withoutExpiry, 1, "SCHEDULED", ENROLLED.plusSeconds(86_400 * 3));

        Flyway.configure().dataSource(db).load().migrate();

        assertThat(jdbc.sql("""
                        select task_name || ' ' || task_instance || ' ' || execution_time || ' ' || picked
                        from scheduled_tasks
                        -- shaped as db-scheduler writes a task without data: version 1, no data, no priority
                        where version = 1 and task_data is null and priority is null and picked_by is null""").query(String.class).list())
                .containsExactlyInAnyOrder(
                        "nurture-expiry " + active + " " + pg(jdbc, ENROLLED.plusSeconds(86_400 * 60)) + " false",
                        "nurture-step " + waiting + " " + pg(jdbc, ENROLLED.plusSeconds(86_400 * 22)) + " false",
                        "nurture-step " + stepOf(jdbc, withoutExpiry) + " " + pg(jdbc, ENROLLED.plusSeconds(86_400 * 3))
                                + " false");
    }

    private static UUID enrolment(JdbcClient jdbc, String status, Instant expiresAt) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into enrollment (id, lead_id, track_key, reason, rejected_by, status, stage, enrolled_at,
                    expires_at, ended_at)
                values (:id, :lead, 'contact-refresh', 'UNREACHABLE', 'rep-1', :status, 'NURTURING', :at, :expiresAt,
                    :endedAt)""")
                .param("id", id)
                .param("lead", UUID.randomUUID())
                .param("status", status)
                .param("at", Timestamp.from(ENROLLED))
                .param("expiresAt", expiresAt == null ? null : Timestamp.from(expiresAt))
                .param("endedAt", status.equals("ACTIVE") ? null : Timestamp.from(ENROLLED.plusSeconds(3600)))
                .update();
        return id;
    }

    private static UUID step(JdbcClient jdbc, UUID enrollment, int position, String status, Instant due) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into enrollment_step (id, enrollment_id, lead_id, position, name, content, due_at, status,
                    sent_at)
                select :id, e.id, e.lead_id, :position, 'Step', 'Content', :due, :status, :sentAt
                from enrollment e where e.id = :enrollment""")
                .param("id", id)
                .param("enrollment", enrollment)
                .param("position", position)
                .param("due", Timestamp.from(due))
                .param("status", status)
                .param("sentAt", status.equals("SENT") ? Timestamp.from(due) : null)
                .update();
        return id;
    }

    private static UUID stepOf(JdbcClient jdbc, UUID enrollment) {
        return jdbc.sql("select id from enrollment_step where enrollment_id = :id")
                .param("id", enrollment)
                .query(UUID.class)
                .single();
    }

    /** The instant as PostgreSQL prints a timestamptz in this session. */
    private static String pg(JdbcClient jdbc, Instant at) {
        return jdbc.sql("select (:at)::timestamptz::text")
                .param("at", Timestamp.from(at))
                .query(String.class)
                .single();
    }
}
