package io.leadflow.nurturing.adapter.in.scheduling;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.leadflow.nurturing.application.port.in.EnrollDormantLeadsUseCase;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Looks for leads that stayed below the threshold long enough, on db-scheduler like nurturing's timers: a recurring
 * task that one replica at a time runs, batch after batch while full batches keep coming.
 */
@Configuration(proxyBeanMethods = false)
class BelowThresholdEnrolment {

    static final String TASK = "nurture-below-threshold";

    @Bean
    RecurringTask<Void> belowThresholdEnrolmentTask(
            ObjectProvider<EnrollDormantLeadsUseCase> enroll,
            @Value("${leadflow.nurture.below-threshold.check-interval:1m}") Duration interval,
            @Value("${leadflow.nurture.below-threshold.batch-size:100}") int batchSize) {
        return Tasks.recurring(TASK, FixedDelay.of(interval)).execute((instance, context) -> {
            int enrolled;
            do {
                enrolled = enroll.getObject().enrollDormantLeads(batchSize);
            } while (enrolled >= batchSize);
        });
    }
}
