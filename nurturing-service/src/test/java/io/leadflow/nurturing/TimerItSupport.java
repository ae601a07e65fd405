package io.leadflow.nurturing;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.RejectionReason;
import io.leadflow.nurturing.application.port.in.EnrollRejectedLeadCommand;
import io.leadflow.nurturing.application.port.in.EnrollRejectedLeadUseCase;
import io.leadflow.nurturing.application.port.in.SendStepUseCase;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;

/** What the timer ITs share: enrolling a lead, reading its steps and their timers, bringing a timer forward. */
abstract class TimerItSupport extends NurturingItSupport {

    static final String STEP = "nurture-step";
    static final String EXPIRY = "nurture-expiry";

    @Autowired
    EnrollRejectedLeadUseCase enroll;

    @Autowired
    SendStepUseCase send;

    @Autowired
    SchedulerClient scheduler;

    /** As if the timer's time had come: db-scheduler runs it at its next poll. */
    void bringForward(String task, UUID id) {
        assertThat(scheduler.reschedule(TaskInstanceId.of(task, id.toString()), Instant.now()))
                .isTrue();
    }

    /** The timers of these ids in db-scheduler's table, by id, with their due times. */
    Map<String, Instant> timers(String task, List<UUID> ids) {
        return jdbc
                .sql("""
                select task_instance, execution_time from scheduled_tasks
                where task_name = :task and task_instance in (:ids)""")
                .param("task", task)
                .param("ids", ids.stream().map(UUID::toString).toList())
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getTimestamp(2).toInstant()))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    Map<String, Instant> dueTimes(LeadId lead) {
        return jdbc
                .sql("select id, due_at from enrollment_step where lead_id = :lead")
                .param("lead", lead.value())
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getTimestamp(2).toInstant()))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    UUID enrollmentId(LeadId lead) {
        return jdbc.sql("select id from enrollment where lead_id = :lead and status = 'ACTIVE'")
                .param("lead", lead.value())
                .query(UUID.class)
                .optional()
                .orElseGet(() -> jdbc.sql("select id from enrollment where lead_id = :lead")
                        .param("lead", lead.value())
                        .query(UUID.class)
                        .single());
    }

    long deliveries(UUID step) {
        return jdbc.sql("select count(*) from step_delivery where id = :id")
                .param("id", step)
                .query(Long.class)
                .single();
    }

    LeadId enrol(RejectionReason reason) {
        LeadId lead = LeadId.newId();
        enroll.enrollRejectedLead(new EnrollRejectedLeadCommand(
                UUID.randomUUID(), lead, reason, null, "rep-9", CLOCK.instant(), "it-" + lead));
        return lead;
    }

    List<UUID> stepIds(LeadId lead) {
        return jdbc.sql("select id from enrollment_step where lead_id = :lead order by position")
                .param("lead", lead.value())
                .query(UUID.class)
                .list();
    }

    String status(UUID step) {
        return jdbc.sql("select status from enrollment_step where id = :id")
                .param("id", step)
                .query(String.class)
                .single();
    }
}
