package io.leadflow.support.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;

class DependencyOutagesTest {

    private final List<Object> readiness = new ArrayList<>();
    private final DependencyOutages outages = new DependencyOutages(
            event -> readiness.add(((AvailabilityChangeEvent<?>) event).getState()),
            new SimpleMeterRegistry(),
            Clock.systemUTC());

    @Test
    void a_waiting_worker_makes_the_service_not_ready_until_it_works_again() {
        outages.failing("consumers", new SQLTransientConnectionException("no connection"));
        outages.failing("consumers", new SQLTransientConnectionException("no connection"));
        outages.recovered("consumers");

        assertThat(readiness).containsExactly(ReadinessState.REFUSING_TRAFFIC, ReadinessState.ACCEPTING_TRAFFIC);
    }

    @Test
    void being_declared_ready_by_the_application_while_a_worker_waits_is_corrected_at_once() {
        outages.failing("consumers", new SQLTransientConnectionException("no connection"));

        outages.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));

        assertThat(readiness).containsExactly(ReadinessState.REFUSING_TRAFFIC, ReadinessState.REFUSING_TRAFFIC);
        outages.recovered("consumers");
        assertThat(readiness).endsWith(ReadinessState.ACCEPTING_TRAFFIC);
    }
}
