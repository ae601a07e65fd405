package io.leadflow.handoff.application.port.out;

import static io.leadflow.handoff.application.port.out.HandoffTestData.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.handoff.domain.SlaTimer;
import io.leadflow.handoff.domain.SlaTimer.Kind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SlaTimers} does with the timers it keeps, whether in memory or in db-scheduler's table: which
 * timers are pending and when they are due. Firing is not part of it (no clock runs here).
 */
public abstract class SlaTimersContract {

    protected abstract SlaTimers timers();

    /** When the timer with this timer's key is due, if one is pending. */
    protected abstract Optional<Instant> pendingAt(SlaTimer timer);

    private static SlaTimer timer(HandoffId handoff, Kind kind, int point, Instant at) {
        return new SlaTimer(handoff, kind, "first-response", 1, point, at);
    }

    @Test
    void each_scheduled_timer_is_pending_at_its_time() {
        HandoffId handoff = HandoffId.newId();
        SlaTimer reminder = timer(handoff, Kind.REMINDER, 50, T0.plusSeconds(900));
        SlaTimer breach = timer(handoff, Kind.BREACH, 100, T0.plusSeconds(1800));

        timers().schedule(List.of(reminder, breach));

        assertThat(pendingAt(reminder)).contains(reminder.at());
        assertThat(pendingAt(breach)).contains(breach.at());
        assertThat(pendingAt(timer(handoff, Kind.REMINDER, 75, T0.plusSeconds(1350))))
                .isEmpty();
        assertThat(pendingAt(timer(HandoffId.newId(), Kind.BREACH, 100, breach.at())))
                .isEmpty();
    }

    @Test
    void scheduling_a_timer_whose_key_exists_changes_nothing() {
        HandoffId handoff = HandoffId.newId();
        SlaTimer breach = timer(handoff, Kind.BREACH, 100, T0.plusSeconds(1800));
        timers().schedule(List.of(breach));

        timers().schedule(List.of(breach, timer(handoff, Kind.BREACH, 100, T0.plusSeconds(60))));

        assertThat(pendingAt(breach)).contains(breach.at());
    }

    @Test
    void a_timer_of_a_later_clock_generation_is_a_timer_of_its_own() {
        HandoffId handoff = HandoffId.newId();
        SlaTimer first = timer(handoff, Kind.BREACH, 100, T0.plusSeconds(1800));
        SlaTimer restarted = new SlaTimer(handoff, Kind.BREACH, "first-response", 2, 100, T0.plusSeconds(3600));

        timers().schedule(List.of(first));
        timers().schedule(List.of(restarted));

        assertThat(pendingAt(first)).contains(first.at());
        assertThat(pendingAt(restarted)).contains(restarted.at());
    }
}
