package io.leadflow.support.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;

class OutageBackoffTest {

    private final List<Object> readiness = new ArrayList<>();
    private final DependencyOutages outages = new DependencyOutages(
            event -> readiness.add(((AvailabilityChangeEvent<?>) event).getState()),
            new SimpleMeterRegistry(),
            Clock.systemUTC());
    private final ResilienceProperties resilience = new ResilienceProperties(
            Duration.ofHours(6), Duration.ofSeconds(1), Duration.ofSeconds(4), 4, Duration.ofSeconds(2));
    private long now;
    private final OutageBackoff backoff = new OutageBackoff("webhook-deliveries", outages, resilience, () -> now);
    private final AtomicInteger rounds = new AtomicInteger();

    @Test
    void a_round_without_its_database_stalls_the_worker_which_waits_doubling_up_to_the_limit_then_works_again() {
        Runnable unavailable = () -> {
            rounds.incrementAndGet();
            throw new DataAccessResourceFailureException("the database is unavailable");
        };

        assertThat(backoff.run(unavailable)).isFalse();
        assertThat(backoff.stalled()).isTrue();
        assertThat(outages.stalledWorkers()).containsExactly("webhook-deliveries");
        assertThat(readiness).containsExactly(ReadinessState.REFUSING_TRAFFIC);

        assertThat(waitBeforeNextRound(unavailable)).isEqualTo(1000);
        assertThat(waitBeforeNextRound(unavailable)).isEqualTo(2000);
        assertThat(waitBeforeNextRound(unavailable)).isEqualTo(4000);
        assertThat(waitBeforeNextRound(unavailable))
                .as("never longer than outage-max-backoff")
                .isEqualTo(4000);

        now += TimeUnit.SECONDS.toNanos(4);
        assertThat(backoff.run(rounds::incrementAndGet)).isTrue();
        assertThat(backoff.stalled()).isFalse();
        assertThat(outages.stalledWorkers()).isEmpty();
        assertThat(readiness).endsWith(ReadinessState.ACCEPTING_TRAFFIC);
        assertThat(backoff.run(rounds::incrementAndGet))
                .as("no wait once it works")
                .isTrue();
    }

    @Test
    void a_round_failing_for_its_own_data_is_thrown_and_stalls_nothing() {
        assertThatThrownBy(() -> backoff.run(() -> {
                    throw new DataIntegrityViolationException("duplicate key");
                }))
                .isInstanceOf(DataIntegrityViolationException.class);

        assertThat(backoff.stalled()).isFalse();
        assertThat(readiness).isEmpty();
        assertThat(backoff.run(rounds::incrementAndGet)).isTrue();
    }

    /** Milliseconds the worker skips rounds after the last failed one, found by stepping the clock. */
    private long waitBeforeNextRound(Runnable round) {
        int before = rounds.get();
        long waited = 0;
        while (rounds.get() == before) {
            backoff.run(round);
            if (rounds.get() == before) {
                now += TimeUnit.MILLISECONDS.toNanos(500);
                waited += 500;
            }
        }
        return waited;
    }
}
