package io.leadflow.nurturing.adapter.out.timer;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceException;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.leadflow.nurturing.application.port.in.ExpireEnrollmentUseCase;
import io.leadflow.nurturing.application.port.in.SendStepUseCase;
import io.leadflow.nurturing.application.port.out.NurtureTimers;
import io.leadflow.nurturing.domain.ScheduledStep;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Nurture timers on db-scheduler, as hand-off's SLA timers: one row per timer in {@code scheduled_tasks} (task
 * {@value #STEP} with the step's id, task {@value #EXPIRY} with the enrolment's id, no data), written through Spring's
 * transaction-aware DataSource (the starter wraps it), so a timer exists if, and only if, the enrolment's change
 * commits. Replicas poll the table and pick due rows, so a timer runs on one of them; a replica that dies holding one
 * stops its heartbeat and another takes the timer over after the missed-heartbeat limit. The use cases it calls find
 * in the database whether anything is left to do, which absorbs a re-run after a crash.
 */
@Configuration(proxyBeanMethods = false)
class DbSchedulerNurtureTimers {

    static final String STEP = "nurture-step";
    static final String EXPIRY = "nurture-expiry";

    private static final Logger LOG = LoggerFactory.getLogger(DbSchedulerNurtureTimers.class);

    @Bean
    OneTimeTask<Void> nurtureStepTask(ObjectProvider<SendStepUseCase> send) {
        return Tasks.oneTime(STEP).execute((instance, context) -> {
            boolean sent = send.getObject().sendStep(UUID.fromString(instance.getId()));
            LOG.debug("nurture step {} fired: {}", instance.getId(), sent ? "sent" : "nothing left to send");
        });
    }

    @Bean
    OneTimeTask<Void> nurtureExpiryTask(ObjectProvider<ExpireEnrollmentUseCase> expire) {
        return Tasks.oneTime(EXPIRY).execute((instance, context) -> {
            boolean ended = expire.getObject().expireEnrollment(UUID.fromString(instance.getId()));
            LOG.debug("enrolment {} expiry fired: {}", instance.getId(), ended ? "expired" : "had ended already");
        });
    }

    @Bean
    NurtureTimers nurtureTimers(
            @Lazy SchedulerClient scheduler, OneTimeTask<Void> nurtureStepTask, OneTimeTask<Void> nurtureExpiryTask) {
        return new NurtureTimers() {
            @Override
            public void scheduleSteps(List<ScheduledStep> steps) {
                for (ScheduledStep step : steps) {
                    scheduler.scheduleIfNotExists(
                            nurtureStepTask.instance(step.id().toString()), step.dueAt());
                }
            }

            @Override
            public void scheduleExpiry(UUID enrollmentId, Instant at) {
                scheduler.scheduleIfNotExists(nurtureExpiryTask.instance(enrollmentId.toString()), at);
            }

            @Override
            public void cancel(UUID enrollmentId, List<UUID> stepIds) {
                remove(TaskInstanceId.of(EXPIRY, enrollmentId.toString()));
                stepIds.forEach(id -> remove(TaskInstanceId.of(STEP, id.toString())));
            }

            /** A timer that is not there (no expiry, already fired) or is firing right now is left alone. */
            private void remove(TaskInstanceId timer) {
                try {
                    scheduler.cancel(timer);
                } catch (TaskInstanceException gone) {
                    LOG.debug("timer {} not cancelled: {}", timer.getId(), gone.getMessage());
                }
            }
        };
    }
}
