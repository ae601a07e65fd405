package io.leadflow.handoff.application.port.out;

import static io.leadflow.handoff.application.port.out.HandoffTestData.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.handoff.domain.RepId;
import io.leadflow.handoff.domain.SlaDeadline;
import io.leadflow.handoff.domain.SlaTimer;
import io.leadflow.handoff.domain.TeamId;
import org.junit.jupiter.api.Test;

/** What every {@link SlaLog} does, whether it keeps the log in memory or in PostgreSQL. */
public abstract class SlaLogContract {

    protected abstract SlaLog log();

    /** A hand-off the storage knows, since the log records what happened to existing hand-offs. */
    protected abstract HandoffId storedHandoff();

    @Test
    void a_timer_fired_twice_is_recorded_once() {
        SlaTimer breach = new SlaTimer(storedHandoff(), SlaTimer.Kind.BREACH, SlaDeadline.ACCEPT, 1, 100, T0);

        assertThat(log().recordOnce(breach, RepId.newId(), TeamId.newId(), T0)).isTrue();
        assertThat(log().recordOnce(breach, RepId.newId(), null, T0.plusSeconds(5)))
                .isFalse();
    }

    @Test
    void timers_of_another_point_generation_or_deadline_are_recorded_each() {
        HandoffId handoff = storedHandoff();
        SlaTimer reminder = new SlaTimer(handoff, SlaTimer.Kind.REMINDER, SlaDeadline.ACCEPT, 1, 50, T0);
        SlaTimer laterReminder = new SlaTimer(handoff, SlaTimer.Kind.REMINDER, SlaDeadline.ACCEPT, 1, 80, T0);
        SlaTimer nextClock = new SlaTimer(handoff, SlaTimer.Kind.REMINDER, SlaDeadline.ACCEPT, 2, 50, T0);
        SlaTimer decide = new SlaTimer(handoff, SlaTimer.Kind.REMINDER, SlaDeadline.DECIDE, 1, 50, T0);

        assertThat(log().recordOnce(reminder, null, null, T0)).isTrue();
        assertThat(log().recordOnce(laterReminder, null, null, T0)).isTrue();
        assertThat(log().recordOnce(nextClock, null, null, T0)).isTrue();
        assertThat(log().recordOnce(decide, null, null, T0)).isTrue();
    }

    @Test
    void what_fired_is_read_per_deadline_and_clock_generation() {
        HandoffId handoff = storedHandoff();
        log().recordOnce(new SlaTimer(handoff, SlaTimer.Kind.REMINDER, SlaDeadline.ACCEPT, 1, 50, T0), null, null, T0);
        log().recordOnce(new SlaTimer(handoff, SlaTimer.Kind.BREACH, SlaDeadline.ACCEPT, 1, 100, T0), null, null, T0);
        log().recordOnce(new SlaTimer(handoff, SlaTimer.Kind.REMINDER, SlaDeadline.ACCEPT, 2, 50, T0), null, null, T0);

        assertThat(log().recorded(handoff, SlaDeadline.ACCEPT, 1))
                .containsExactlyInAnyOrder(SlaTimer.Kind.REMINDER, SlaTimer.Kind.BREACH);
        assertThat(log().recorded(handoff, SlaDeadline.ACCEPT, 2)).containsExactly(SlaTimer.Kind.REMINDER);
        assertThat(log().recorded(handoff, SlaDeadline.ACCEPT, 3)).isEmpty();
        assertThat(log().recorded(handoff, SlaDeadline.DECIDE, 1)).isEmpty();
    }
}
