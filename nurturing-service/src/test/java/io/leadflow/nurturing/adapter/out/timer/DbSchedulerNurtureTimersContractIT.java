package io.leadflow.nurturing.adapter.out.timer;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import io.leadflow.nurturing.adapter.out.persistence.ContractDatabase;
import io.leadflow.nurturing.application.port.in.ExpireEnrollmentUseCase;
import io.leadflow.nurturing.application.port.in.SendStepUseCase;
import io.leadflow.nurturing.application.port.out.NurtureTimers;
import io.leadflow.nurturing.application.port.out.NurtureTimersContract;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * The db-scheduler adapter on a migrated database, through a {@link SchedulerClient} and no running scheduler: the
 * timers are rows in {@code scheduled_tasks} and nothing fires them.
 */
class DbSchedulerNurtureTimersContractIT extends NurtureTimersContract {

    private final DataSource db = ContractDatabase.freshDataSource();
    private final DbSchedulerNurtureTimers configuration = new DbSchedulerNurtureTimers();
    private final StaticListableBeanFactory noUseCases = new StaticListableBeanFactory();
    private final OneTimeTask<Void> step =
            configuration.nurtureStepTask(noUseCases.getBeanProvider(SendStepUseCase.class));
    private final OneTimeTask<Void> expiry =
            configuration.nurtureExpiryTask(noUseCases.getBeanProvider(ExpireEnrollmentUseCase.class));
    private final SchedulerClient scheduler =
            SchedulerClient.Builder.create(db, step, expiry).build();
    private final NurtureTimers timers = configuration.nurtureTimers(scheduler, step, expiry);

    @Override
    protected NurtureTimers timers() {
        return timers;
    }

    @Override
    protected Optional<Instant> stepTimer(UUID stepId) {
        return pending(DbSchedulerNurtureTimers.STEP, stepId);
    }

    @Override
    protected Optional<Instant> expiryTimer(UUID enrollmentId) {
        return pending(DbSchedulerNurtureTimers.EXPIRY, enrollmentId);
    }

    private Optional<Instant> pending(String task, UUID id) {
        return scheduler
                .getScheduledExecution(TaskInstanceId.of(task, id.toString()))
                .map(ScheduledExecution::getExecutionTime);
    }
}
