package io.leadflow.handoff.adapter.out.timer;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.leadflow.handoff.application.port.in.FireSlaTimerUseCase;
import io.leadflow.handoff.application.port.out.SlaTimers;
import io.leadflow.handoff.domain.SlaTimer;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * SLA timers on db-scheduler: one row per timer in {@code scheduled_tasks}, written through Spring's
 * transaction-aware DataSource (the starter wraps it), so a timer is scheduled if, and only if, the hand-off change
 * commits. Replicas poll the table and pick due rows with an optimistic version check, so a timer runs on one of them;
 * a replica that dies holding one stops its heartbeat and another takes the timer over after the missed-heartbeat
 * limit. The use case it calls is idempotent (SLA log + clock generation), which absorbs a re-run after a crash.
 */
@Configuration(proxyBeanMethods = false)
class DbSchedulerSlaTimers {

    static final String TASK = "sla-timer";

    private static final Logger LOG = LoggerFactory.getLogger(DbSchedulerSlaTimers.class);

    @Bean
    OneTimeTask<String> slaTimerTask(ObjectProvider<FireSlaTimerUseCase> fire) {
        return Tasks.oneTime(TASK, String.class).execute((instance, context) -> {
            SlaTimer timer = SlaTimer.parse(instance.getData(), context.getExecution().executionTime);
            String outcome = fire.getObject().fireSlaTimer(timer);
            LOG.debug("SLA timer {} fired: {}", instance.getId(), outcome);
        });
    }

    @Bean
    SlaTimers slaTimers(@Lazy SchedulerClient scheduler, OneTimeTask<String> slaTimerTask) {
        return (List<SlaTimer> timers) -> {
            for (SlaTimer timer : timers) {
                scheduler.scheduleIfNotExists(slaTimerTask.instance(timer.key(), timer.key()), timer.at());
            }
        };
    }
}
