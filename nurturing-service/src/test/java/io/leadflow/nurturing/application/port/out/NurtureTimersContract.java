package io.leadflow.nurturing.application.port.out;

import static io.leadflow.nurturing.application.port.out.NurturingTestData.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.kernel.LeadId;
import io.leadflow.nurturing.domain.ScheduledStep;
import io.leadflow.nurturing.domain.StepStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link NurtureTimers} does with the timers it keeps, whether in memory or in db-scheduler's table:
 * which timers are pending and when they are due. Firing is not part of it (no clock runs here).
 */
public abstract class NurtureTimersContract {

    private static final LeadId LEAD = new LeadId(UUID.fromString("00000000-0000-4000-8000-00000000000a"));

    protected abstract NurtureTimers timers();

    /** When the step's timer is due, if one is pending. */
    protected abstract Optional<Instant> stepTimer(UUID stepId);

    /** When the enrolment's expiry timer is due, if one is pending. */
    protected abstract Optional<Instant> expiryTimer(UUID enrollmentId);

    private static ScheduledStep step(UUID enrollmentId, int position, Instant dueAt) {
        return new ScheduledStep(
                UUID.randomUUID(), enrollmentId, LEAD, position, "step", "content", dueAt, StepStatus.SCHEDULED, null);
    }

    @Test
    void each_scheduled_step_has_a_timer_due_at_the_steps_time() {
        UUID enrollment = UUID.randomUUID();
        ScheduledStep first = step(enrollment, 1, T0.plusSeconds(60));
        ScheduledStep second = step(enrollment, 2, T0.plusSeconds(3600));

        timers().scheduleSteps(List.of(first, second));

        assertThat(stepTimer(first.id())).contains(first.dueAt());
        assertThat(stepTimer(second.id())).contains(second.dueAt());
        assertThat(stepTimer(UUID.randomUUID())).isEmpty();
        assertThat(expiryTimer(enrollment)).isEmpty();
    }

    @Test
    void a_step_or_expiry_scheduled_again_keeps_its_first_timer() {
        UUID enrollment = UUID.randomUUID();
        ScheduledStep step = step(enrollment, 1, T0.plusSeconds(60));
        timers().scheduleSteps(List.of(step));
        timers().scheduleExpiry(enrollment, T0.plusSeconds(7200));

        timers().scheduleSteps(List.of(new ScheduledStep(
                step.id(), enrollment, LEAD, 1, "step", "content", T0.plusSeconds(90), StepStatus.SCHEDULED, null)));
        timers().scheduleExpiry(enrollment, T0.plusSeconds(60));

        assertThat(stepTimer(step.id())).contains(step.dueAt());
        assertThat(expiryTimer(enrollment)).contains(T0.plusSeconds(7200));
    }

    @Test
    void cancelling_removes_the_expiry_and_the_named_steps_and_nothing_else() {
        UUID enrollment = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        ScheduledStep pending = step(enrollment, 1, T0.plusSeconds(60));
        ScheduledStep notNamed = step(enrollment, 2, T0.plusSeconds(120));
        ScheduledStep othersStep = step(other, 1, T0.plusSeconds(60));
        timers().scheduleSteps(List.of(pending, notNamed, othersStep));
        timers().scheduleExpiry(enrollment, T0.plusSeconds(7200));
        timers().scheduleExpiry(other, T0.plusSeconds(7200));

        timers().cancel(enrollment, List.of(pending.id()));

        assertThat(stepTimer(pending.id())).isEmpty();
        assertThat(expiryTimer(enrollment)).isEmpty();
        assertThat(stepTimer(notNamed.id())).contains(notNamed.dueAt());
        assertThat(stepTimer(othersStep.id())).contains(othersStep.dueAt());
        assertThat(expiryTimer(other)).contains(T0.plusSeconds(7200));
    }

    @Test
    void cancelling_timers_that_are_not_there_changes_nothing() {
        UUID enrollment = UUID.randomUUID();
        ScheduledStep step = step(enrollment, 1, T0.plusSeconds(60));
        timers().scheduleSteps(List.of(step));

        timers().cancel(UUID.randomUUID(), List.of(UUID.randomUUID()));
        timers().cancel(enrollment, List.of());

        assertThat(stepTimer(step.id())).contains(step.dueAt());
    }
}
