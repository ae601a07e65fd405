package io.leadflow.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.kernel.event.EventStreams;
import io.leadflow.kernel.event.MessageHeaders;
import io.leadflow.support.resilience.DependencyOutages;
import io.leadflow.support.resilience.ResilienceProperties;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.transaction.support.TransactionOperations;

class OutboxRelayTest {

    private final InMemoryOutboxTable table = new InMemoryOutboxTable();
    private final FakeBroker broker = new FakeBroker();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final List<Object> readiness = new ArrayList<>();
    private final DependencyOutages outages = new DependencyOutages(
            event -> readiness.add(((AvailabilityChangeEvent<?>) event).getState()), meters, Clock.systemUTC());

    /** Waits of zero: the round after a failed one runs at once. */
    private static final ResilienceProperties NO_WAIT =
            new ResilienceProperties(Duration.ofHours(1), Duration.ZERO, Duration.ZERO, 1, Duration.ZERO);

    @Test
    void a_confirmed_event_is_sent_with_its_metadata_as_headers_and_marked_sent() {
        OutboxRow row = table.add(EventStreams.LIFECYCLE, "LeadQualified");

        running(relay(properties(true, 200, 1))).relayPending();

        assertThat(broker.sent()).singleElement().satisfies(sent -> {
            assertThat(sent.destination()).isEqualTo(EventStreams.LIFECYCLE);
            assertThat(new String(sent.message().getPayload(), StandardCharsets.UTF_8))
                    .isEqualTo(row.payload());
            assertThat(sent.message().getHeaders())
                    .containsEntry(MessageHeaders.EVENT_ID, row.eventId().toString())
                    .containsEntry(MessageHeaders.EVENT_TYPE, "LeadQualified")
                    .containsEntry(MessageHeaders.LEAD_ID, row.leadId().toString())
                    .containsEntry(MessageHeaders.CORRELATION_ID, row.correlationId())
                    .containsEntry(MessageHeaders.TRACEPARENT, row.traceparent())
                    .doesNotContainKey(MessageHeaders.EVENT_COUNT);
        });
        assertThat(table.sent()).containsExactly(row.id());
    }

    @Test
    void a_nacked_or_returned_or_unconfirmed_message_leaves_its_row_unsent_with_the_reason_and_the_others_are_marked() {
        OutboxRow nacked = table.add(EventStreams.LIFECYCLE, "LeadQualified");
        OutboxRow returned = table.add(EventStreams.LIFECYCLE, "LeadQualified");
        OutboxRow unconfirmed = table.add(EventStreams.LIFECYCLE, "LeadQualified");
        OutboxRow fine = table.add(EventStreams.LIFECYCLE, "LeadQualified");
        broker.nack(nacked.eventId().toString());
        broker.returnUnroutable(returned.eventId().toString());
        broker.neverConfirm(unconfirmed.eventId().toString());

        running(relay(new OutboxProperties(true, 200, 1, Set.of(), Duration.ofMillis(50), Duration.ZERO)))
                .relayPending();

        assertThat(broker.sent()).hasSize(4);
        assertThat(table.sent()).containsExactly(fine.id());
        assertThat(table.errorsOf(nacked.id())).singleElement().asString().contains("nacked", "disk full");
        assertThat(table.errorsOf(returned.id())).singleElement().asString().contains("returned", "NO_ROUTE");
        assertThat(table.errorsOf(unconfirmed.id())).singleElement().asString().contains("no confirm");
        assertThat(table.countPending()).isEqualTo(3);
    }

    @Test
    void events_of_a_packed_stream_travel_up_to_the_limit_per_message_and_are_all_marked_once_confirmed() {
        for (int i = 0; i < 5; i++) {
            table.add(EventStreams.ENGAGEMENTS, "EngagementRecorded");
        }
        OutboxRow profile = table.add(EventStreams.PROFILES, "ProfileChanged");

        running(relay(properties(true, 200, 2))).relayPending();

        assertThat(broker.sent())
                .extracting(sent -> sent.message().getHeaders().get(MessageHeaders.EVENT_COUNT))
                .containsExactlyInAnyOrder(2, 2, null, null);
        assertThat(broker.sent())
                .filteredOn(sent -> sent.destination().equals(EventStreams.PROFILES))
                .singleElement()
                .satisfies(sent -> assertThat(sent.message().getHeaders())
                        .containsEntry(MessageHeaders.LEAD_ID, profile.leadId().toString()));
        assertThat(table.sent()).hasSize(6);
    }

    @Test
    void a_failed_message_of_a_pack_leaves_every_event_in_it_unsent() {
        OutboxRow first = table.add(EventStreams.ENGAGEMENTS, "EngagementRecorded");
        table.add(EventStreams.ENGAGEMENTS, "EngagementRecorded");
        OutboxRow third = table.add(EventStreams.ENGAGEMENTS, "EngagementRecorded");
        broker.nack(first.eventId().toString());

        running(relay(properties(true, 200, 2))).relayPending();

        assertThat(table.sent()).containsExactly(third.id());
        assertThat(table.countPending()).isEqualTo(2);
    }

    @Test
    void full_batches_are_relayed_one_after_the_other_in_one_round() {
        for (int i = 0; i < 7; i++) {
            table.add(EventStreams.LIFECYCLE, "LeadQualified");
        }

        running(relay(properties(true, 3, 1))).relayPending();

        assertThat(table.sent()).hasSize(7);
    }

    @Test
    void a_relay_switched_off_or_not_running_sends_nothing() {
        table.add(EventStreams.LIFECYCLE, "LeadQualified");

        running(relay(properties(false, 200, 1))).relayPending();
        relay(properties(true, 200, 1)).relayPending();
        OutboxRelay stopped = running(relay(properties(true, 200, 1)));
        stopped.stop();
        stopped.relayPending();

        assertThat(broker.sent()).isEmpty();
        assertThat(table.countPending()).isEqualTo(1);
        assertThat(stopped.isRunning()).isFalse();
    }

    @Test
    void stopping_waits_for_the_round_in_flight_so_what_the_broker_confirmed_is_marked_sent() throws Exception {
        OutboxRow row = table.add(EventStreams.LIFECYCLE, "LeadQualified");
        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        broker.holdNextSend(sending, release);
        OutboxRelay relay = running(relay(properties(true, 200, 1)));
        AtomicReference<Set<Long>> sentWhenStopped = new AtomicReference<>();

        Thread round = Thread.ofVirtual().start(relay::relayPending);
        sending.await();
        Thread stopping = Thread.ofVirtual().start(() -> {
            relay.stop();
            sentWhenStopped.set(Set.copyOf(table.sent()));
        });
        while (relay.isRunning()) {
            Thread.onSpinWait();
        }
        release.countDown();
        stopping.join();
        round.join();

        assertThat(sentWhenStopped.get()).containsExactly(row.id());
    }

    @Test
    void the_backlog_counts_the_rows_not_yet_confirmed() {
        OutboxRow nacked = table.add(EventStreams.LIFECYCLE, "LeadQualified");
        table.add(EventStreams.LIFECYCLE, "LeadQualified");
        broker.nack(nacked.eventId().toString());
        OutboxRelay relay = running(relay(properties(true, 200, 1)));

        relay.measureBacklog();
        long before = relay.backlog();
        relay.relayPending();
        relay.measureBacklog();

        assertThat(List.of(before, relay.backlog())).containsExactly(2L, 1L);
    }

    @Test
    void an_unreachable_database_stalls_the_relay_and_takes_readiness_down_until_a_round_works_again() {
        OutboxRow row = table.add(EventStreams.LIFECYCLE, "LeadQualified");
        table.unavailable(true);
        OutboxRelay relay = running(relay(properties(true, 200, 1)));

        relay.relayPending();

        assertThat(outages.stalledWorkers()).containsExactly(OutboxRelay.WORKER);
        assertThat(readiness).containsExactly(ReadinessState.REFUSING_TRAFFIC);
        assertThat(meters.get("leadflow.worker.stalled")
                        .tag("worker", OutboxRelay.WORKER)
                        .gauge()
                        .value())
                .isEqualTo(1.0);

        table.unavailable(false);
        relay.relayPending();

        assertThat(table.sent()).containsExactly(row.id());
        assertThat(outages.stalledWorkers()).isEmpty();
        assertThat(readiness).containsExactly(ReadinessState.REFUSING_TRAFFIC, ReadinessState.ACCEPTING_TRAFFIC);
        assertThat(meters.get("leadflow.worker.stalled")
                        .tag("worker", OutboxRelay.WORKER)
                        .gauge()
                        .value())
                .isZero();
    }

    private OutboxRelay relay(OutboxProperties properties) {
        return new OutboxRelay(table, broker, TransactionOperations.withoutTransaction(), properties, outages, NO_WAIT);
    }

    private static OutboxRelay running(OutboxRelay relay) {
        relay.start();
        return relay;
    }

    private static OutboxProperties properties(boolean enabled, int batchSize, int eventsPerMessage) {
        return new OutboxProperties(
                enabled,
                batchSize,
                eventsPerMessage,
                Set.of(EventStreams.ENGAGEMENTS),
                Duration.ofSeconds(1),
                Duration.ZERO);
    }

    @Test
    void a_wake_after_a_commit_sends_the_pending_events_without_a_poll() {
        OutboxRow row = table.add(EventStreams.LIFECYCLE, "LeadQualified");
        OutboxRelay relay = running(relay(properties(true, 200, 1)));

        relay.wake();

        await().atMost(Duration.ofSeconds(30)).until(() -> table.sent().contains(row.id()));
        assertThat(broker.sent()).hasSize(1);
        relay.stop();
    }

    @Test
    void the_commits_of_one_linger_share_a_round_and_a_packed_message() {
        OutboxRelay relay = running(relay(new OutboxProperties(
                true, 200, 100, Set.of(EventStreams.ENGAGEMENTS), Duration.ofSeconds(1), Duration.ofSeconds(1))));
        for (int commit = 0; commit < 5; commit++) {
            table.add(EventStreams.ENGAGEMENTS, "EngagementRecorded");
            relay.wake();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> table.sent().size() == 5);
        assertThat(broker.sent())
                .singleElement()
                .satisfies(
                        sent -> assertThat(sent.message().getHeaders()).containsEntry(MessageHeaders.EVENT_COUNT, 5));
        relay.stop();
    }

    @Test
    void a_stopped_or_switched_off_relay_ignores_wakes() {
        OutboxRow row = table.add(EventStreams.LIFECYCLE, "LeadQualified");
        OutboxRelay off = running(relay(properties(false, 200, 1)));
        OutboxRelay stopped = running(relay(properties(true, 200, 1)));
        stopped.stop();

        off.wake();
        stopped.wake();
        off.stop();

        assertThat(broker.sent()).isEmpty();
        assertThat(table.sent()).doesNotContain(row.id());
    }
}
