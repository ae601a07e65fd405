package io.leadflow.support.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.kernel.event.MessageHeaders;
import io.leadflow.kernel.testing.LocalDatabases;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.netcrusher.core.reactor.NioReactor;
import org.netcrusher.tcp.TcpCrusher;
import org.netcrusher.tcp.TcpCrusherBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A consumer whose database is unreachable for far longer than the retry budget consumers used to have (three attempts
 * 100 ms apart here, about a minute in the services): the message waits, the service reports itself not ready, and
 * once the database is back the message is stored once and nothing is dead-lettered. A poison message goes to the
 * dead-letter queue at once. The database is reached through a TCP proxy that the test freezes (open connections closed, new ones unanswered) and thaws.
 */
@SpringBootTest(
        classes = OutageItApplication.class,
        properties = {
            "spring.cloud.function.definition=onTestEvent",
            "spring.cloud.stream.bindings.onTestEvent-in-0.destination=support-it.outage",
            "spring.cloud.stream.bindings.onTestEvent-in-0.group=support-it",
            "spring.cloud.stream.bindings.onTestEvent-in-0.consumer.max-attempts=3",
            "spring.cloud.stream.bindings.onTestEvent-in-0.consumer.back-off-initial-interval=100",
            "spring.cloud.stream.rabbit.bindings.onTestEvent-in-0.consumer.auto-bind-dlq=true",
            "spring.cloud.stream.rabbit.bindings.onTestEvent-in-0.consumer.republish-to-dlq=true",
            "spring.cloud.stream.rabbit.bindings.onTestEvent-in-0.consumer.quorum.enabled=true",
            "spring.cloud.stream.rabbit.bindings.onTestEvent-in-0.consumer.dlq-quorum.enabled=true",
            "spring.datasource.hikari.connection-timeout=500",
            "spring.datasource.hikari.validation-timeout=250",
            "leadflow.resilience.outage-initial-backoff=100ms",
            "leadflow.resilience.outage-max-backoff=400ms",
            "leadflow.resilience.unexpected-backoff=100ms",
            "leadflow.outbox.enabled=false"
        })
class DatabaseOutageIT {

    private static final String EXCHANGE = "support-it.outage";
    private static final String DLQ = "support-it.outage.support-it.dlq";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static NioReactor reactor;
    private static TcpCrusher proxy;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationAvailability availability;

    @Autowired
    DependencyOutages outages;

    @Autowired
    MeterRegistry meters;

    @Autowired
    ResilienceProperties resilience;

    @DynamicPropertySource
    static void databaseBehindAProxy(DynamicPropertyRegistry registry) throws IOException {
        String direct = LocalDatabases.recreate("leadflow_test_support_outage");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        reactor = new NioReactor(5);
        proxy = TcpCrusherBuilder.builder()
                .withReactor(reactor)
                .withBindAddress("localhost", port)
                .withConnectAddress(LocalDatabases.HOST, Integer.parseInt(LocalDatabases.PORT))
                .build();
        proxy.open();
        String viaProxy = direct.replace(LocalDatabases.HOST + ":" + LocalDatabases.PORT, "localhost:" + port);
        registry.add("spring.datasource.url", () -> viaProxy);
    }

    /** Every open connection to the database breaks, and a new one gets no answer. */
    private static void databaseGoesAway() {
        proxy.freeze();
        proxy.closeAllPairs();
    }

    @AfterAll
    static void closeProxy() {
        proxy.close();
        reactor.close();
    }

    @Test
    void a_message_waits_out_a_long_database_outage_with_readiness_down_and_is_stored_once_it_is_back() {
        purgeDeadLetters();
        databaseGoesAway();
        String eventId = UUID.randomUUID().toString();

        rabbit.send(EXCHANGE, "#", event(eventId, "{\"stage\":\"MQL\"}"));

        await().atMost(PATIENCE)
                .untilAsserted(
                        () -> assertThat(availability.getReadinessState()).isEqualTo(ReadinessState.REFUSING_TRAFFIC));
        // many times the three attempts the binding's own settings allow
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(transientFailures()).isGreaterThanOrEqualTo(10));
        assertThat(outages.stalledWorkers()).contains("consumers");

        proxy.unfreeze();

        await().atMost(PATIENCE)
                .ignoreExceptions()
                .untilAsserted(() -> assertThat(jdbc.sql("select count(*) from outage_it_received where event_id = ?")
                                .param(eventId)
                                .query(Long.class)
                                .single())
                        .isEqualTo(1L));
        await().atMost(PATIENCE)
                .untilAsserted(
                        () -> assertThat(availability.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC));
        assertThat(rabbit.receive(DLQ)).as("nothing dead-lettered").isNull();
    }

    @Test
    void a_sender_whose_database_goes_away_waits_with_readiness_down_and_works_again_once_it_is_back() {
        OutageBackoff sender = new OutageBackoff("webhook-deliveries", outages, resilience);
        Runnable round = () -> jdbc.sql("select count(*) from outage_it_received")
                .query(Long.class)
                .single();
        assertThat(sender.run(round)).isTrue();
        databaseGoesAway();

        await().atMost(PATIENCE).untilAsserted(() -> {
            sender.run(round);
            assertThat(outages.stalledWorkers()).contains("webhook-deliveries");
        });
        assertThat(availability.getReadinessState()).isEqualTo(ReadinessState.REFUSING_TRAFFIC);

        proxy.unfreeze();

        await().atMost(PATIENCE).untilAsserted(() -> {
            sender.run(round);
            assertThat(sender.stalled()).isFalse();
        });
        assertThat(outages.stalledWorkers()).doesNotContain("webhook-deliveries");
        await().atMost(PATIENCE)
                .untilAsserted(
                        () -> assertThat(availability.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC));
    }

    @Test
    void a_poison_message_goes_to_the_dead_letter_queue_at_once_with_its_reason() {
        purgeDeadLetters();
        String eventId = UUID.randomUUID().toString();

        rabbit.send(EXCHANGE, "#", event(eventId, "{\"stage\":\"poison\"}"));

        Message dead = await().atMost(PATIENCE).until(() -> rabbit.receive(DLQ), message -> message != null);
        assertThat(dead.getMessageProperties().getHeaders())
                .containsEntry(MessageHeaders.EVENT_ID, eventId)
                .extractingByKey("x-exception-stacktrace")
                .asString()
                .contains("IllegalArgumentException: the event's stage is not a stage");
        assertThat(availability.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
    }

    private double transientFailures() {
        return meters.find("leadflow.worker.transient.failures").counters().stream()
                .mapToDouble(counter -> counter.count())
                .sum();
    }

    private void purgeDeadLetters() {
        while (rabbit.receive(DLQ) != null) {
            // left over from an earlier run
        }
    }

    private static Message event(String eventId, String body) {
        return MessageBuilder.withBody(body.getBytes(StandardCharsets.UTF_8))
                .setHeader(MessageHeaders.EVENT_ID, eventId)
                .setContentType("application/json")
                .build();
    }
}
