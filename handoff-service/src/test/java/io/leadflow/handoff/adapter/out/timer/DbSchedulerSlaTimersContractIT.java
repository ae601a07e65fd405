package io.leadflow.handoff.adapter.out.timer;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import io.leadflow.handoff.adapter.out.persistence.ContractDatabase;
import io.leadflow.handoff.application.port.in.FireSlaTimerUseCase;
import io.leadflow.handoff.application.port.out.SlaTimers;
import io.leadflow.handoff.application.port.out.SlaTimersContract;
import io.leadflow.handoff.domain.SlaTimer;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * The db-scheduler adapter on a migrated database, through a {@link SchedulerClient} and no running scheduler: the
 * timers are rows in {@code scheduled_tasks} and nothing fires them.
 */
class DbSchedulerSlaTimersContractIT extends SlaTimersContract {

    private final DataSource db = ContractDatabase.emptyDataSource();
    private final DbSchedulerSlaTimers configuration = new DbSchedulerSlaTimers();
    private final OneTimeTask<String> task =
            configuration.slaTimerTask(new StaticListableBeanFactory().getBeanProvider(FireSlaTimerUseCase.class));
    private final SchedulerClient scheduler =
            SchedulerClient.Builder.create(db, task).build();
    private final SlaTimers timers = configuration.slaTimers(scheduler, task);

    @Override
    protected SlaTimers timers() {
        return timers;
    }

    @Override
    protected Optional<Instant> pendingAt(SlaTimer timer) {
        return scheduler
                .getScheduledExecution(TaskInstanceId.of(DbSchedulerSlaTimers.TASK, timer.key()))
                .map(ScheduledExecution::getExecutionTime);
    }
}
