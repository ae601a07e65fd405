package io.leadflow.support.retention;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The retention job of a service with a database and db-scheduler: one recurring task, {@value #TASK}, that db-scheduler
 * runs on one replica at a time (its row in {@code scheduled_tasks} is the lock, taken over from a dead replica after
 * the missed heartbeats), every {@code leadflow.retention.interval}. The rules come from the service's configuration.
 */
@AutoConfiguration(
        afterName = "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
        beforeName = "com.github.kagkarlsson.scheduler.boot.autoconfigure.DbSchedulerAutoConfiguration")
@ConditionalOnClass(name = {"com.github.kagkarlsson.scheduler.task.helper.RecurringTask", "org.postgresql.Driver"})
@ConditionalOnProperty(name = "leadflow.retention.enabled", matchIfMissing = true)
@EnableConfigurationProperties(RetentionProperties.class)
public class RetentionAutoConfiguration {

    public static final String TASK = "leadflow-retention";

    @Bean
    RetentionJob retentionJob(
            JdbcClient jdbc,
            RetentionProperties properties,
            ObjectProvider<MeterRegistry> meters,
            ObjectProvider<Clock> clock) {
        return new RetentionJob(
                jdbc,
                properties,
                meters.getIfAvailable(() -> Metrics.globalRegistry),
                clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    RecurringTask<Void> retentionTask(RetentionJob job, RetentionProperties properties) {
        return Tasks.recurring(TASK, FixedDelay.of(properties.interval())).execute((instance, context) -> job.apply());
    }
}
