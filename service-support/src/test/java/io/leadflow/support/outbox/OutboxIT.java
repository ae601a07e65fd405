package io.leadflow.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.event.EngagementRecordedEvent;
import io.leadflow.kernel.event.EventMetadata;
import io.leadflow.kernel.event.IntegrationEvent;
import io.leadflow.kernel.event.LeadDataExportedEvent;
import io.leadflow.kernel.event.LeadQualifiedEvent;
import io.leadflow.kernel.event.MessageHeaders;
import io.leadflow.kernel.event.ProfileChangedEvent;
import io.leadflow.support.SupportIT;
import io.leadflow.support.messaging.EventContents;
import io.leadflow.support.messaging.IntegrationEventReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The shared outbox against the real PostgreSQL and RabbitMQ: what a service writes in its transaction reaches the
 * broker once that transaction commits, and a row is marked sent only when the broker took its message.
 */
class OutboxIT extends SupportIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    OutboxWriter outbox;

    @Autowired
    IntegrationEventReader reader;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RabbitAdmin rabbit;

    @Autowired
    RabbitTemplate template;

    private final List<Queue> observers = new ArrayList<>();

    @AfterEach
    void stopObserving() {
        observers.forEach(queue -> rabbit.deleteQueue(queue.getName()));
    }

    @Test
    void an_event_written_in_a_committed_transaction_reaches_the_broker_with_its_headers_and_is_marked_sent() {
        Queue lifecycle = observe("support-it.lifecycle");
        LeadQualifiedEvent qualified = qualified();

        transactions.executeWithoutResult(status -> outbox.write(qualified));

        Message message = receive(lifecycle);
        assertThat(message.getMessageProperties().getHeaders())
                .containsEntry(MessageHeaders.EVENT_ID, qualified.eventId().toString())
                .containsEntry(MessageHeaders.EVENT_TYPE, LeadQualifiedEvent.TYPE)
                .containsEntry(
                        MessageHeaders.LEAD_ID, qualified.metadata().leadId().toString())
                .containsEntry(MessageHeaders.CORRELATION_ID, "outbox-it");
        assertThat(reader.readAll(amqpToSpring(message)).events()).containsExactly(qualified);
        await().atMost(PATIENCE).until(() -> sentAt(qualified.eventId()) != null);
    }

    @Test
    void an_export_part_leaves_the_outbox_as_soon_as_the_broker_confirmed_it() {
        Queue receipts = observe("support-it.privacy-receipts");
        Queue lifecycle = observe("support-it.lifecycle");
        LeadDataExportedEvent part = new LeadDataExportedEvent(
                EventMetadata.create(
                        LeadDataExportedEvent.TYPE,
                        LeadDataExportedEvent.VERSION,
                        LeadId.newId(),
                        Instant.now(),
                        "outbox-it"),
                UUID.randomUUID(),
                "scoring-service",
                "{\"leads\":[{\"email\":\"dana.price@northwind.example\"}]}");
        LeadQualifiedEvent qualified = qualified();

        transactions.executeWithoutResult(status -> {
            outbox.write(part);
            outbox.write(qualified);
        });

        assertThat(receive(receipts).getMessageProperties().getHeaders())
                .containsEntry(MessageHeaders.EVENT_ID, part.eventId().toString());
        receive(lifecycle);
        await().atMost(PATIENCE).until(() -> sentAt(qualified.eventId()) != null);
        assertThat(jdbc.sql("select count(*) from outbox_event where event_id = :id")
                        .param("id", part.eventId())
                        .query(Long.class)
                        .single())
                .as("the sent export part, personal data, is not kept with the sent rows")
                .isZero();
    }

    @Test
    void an_event_written_in_a_transaction_that_rolls_back_is_never_written() {
        LeadQualifiedEvent qualified = qualified();

        transactions.executeWithoutResult(status -> {
            outbox.write(qualified);
            status.setRollbackOnly();
        });

        assertThat(jdbc.sql("select count(*) from outbox_event where event_id = :id")
                        .param("id", qualified.eventId())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void writing_outside_a_transaction_fails_rather_than_send_an_event_for_an_uncommitted_change() {
        assertThatThrownBy(() -> outbox.write(qualified())).isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void engagements_travel_many_to_a_message_up_to_the_limit_and_each_keeps_its_own_id() {
        Queue engagements = observe("support-it.engagements");
        List<EngagementRecordedEvent> written = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            written.add(visit());
        }

        transactions.executeWithoutResult(status -> outbox.write(written));

        List<Integer> counts = new ArrayList<>();
        List<IntegrationEvent> read = new ArrayList<>();
        while (read.size() < written.size()) {
            Message message = receive(engagements);
            counts.add((Integer) message.getMessageProperties().getHeaders().get(MessageHeaders.EVENT_COUNT));
            EventContents contents = reader.readAll(amqpToSpring(message));
            assertThat(contents.unreadable()).isEmpty();
            read.addAll(contents.events());
        }
        // messages of one round may leave on different channels, so they may reach the queue in any order
        // (consumers never depend on arrival order); what counts is how they were packed and that none is missing
        assertThat(counts).containsExactlyInAnyOrder(3, 3, null);
        assertThat(read).containsExactlyInAnyOrderElementsOf(written);
        await().atMost(PATIENCE).until(() -> written.stream().allMatch(event -> sentAt(event.eventId()) != null));
    }

    @Test
    void a_message_no_queue_takes_comes_back_and_its_row_stays_pending_with_the_reason() {
        ProfileChangedEvent profile = new ProfileChangedEvent(
                EventMetadata.create(
                        ProfileChangedEvent.TYPE,
                        ProfileChangedEvent.VERSION,
                        LeadId.newId(),
                        Instant.now(),
                        "outbox-it"),
                "ada@example.com",
                Map.of());

        transactions.executeWithoutResult(status -> outbox.write(profile));

        await().atMost(PATIENCE).until(() -> attempts(profile.eventId()) > 0);
        Map<String, Object> row = jdbc.sql("select published_at, last_error from outbox_event where event_id = :id")
                .param("id", profile.eventId())
                .query()
                .singleRow();
        assertThat(row.get("published_at")).isNull();
        assertThat((String) row.get("last_error")).contains("returned");
        // the row would be tried again every round: out of the way of the other tests
        jdbc.sql("delete from outbox_event where event_id = :id")
                .param("id", profile.eventId())
                .update();
    }

    private Queue observe(String exchange) {
        TopicExchange topic = new TopicExchange(exchange, true, false);
        rabbit.declareExchange(topic);
        Queue queue = QueueBuilder.nonDurable("outbox-it." + exchange + "." + UUID.randomUUID())
                .expires(600_000)
                .build();
        rabbit.declareQueue(queue);
        rabbit.declareBinding(BindingBuilder.bind(queue).to(topic).with("#"));
        observers.add(queue);
        return queue;
    }

    private Message receive(Queue queue) {
        Message message = template.receive(queue.getName(), PATIENCE.toMillis());
        assertThat(message).as("a message on " + queue.getName()).isNotNull();
        return message;
    }

    private static org.springframework.messaging.Message<byte[]> amqpToSpring(Message message) {
        return MessageBuilder.withPayload(message.getBody())
                .copyHeaders(message.getMessageProperties().getHeaders())
                .build();
    }

    private Instant sentAt(UUID eventId) {
        return jdbc.sql("select published_at from outbox_event where event_id = :id")
                .param("id", eventId)
                .query(Instant.class)
                .optional()
                .orElse(null);
    }

    private int attempts(UUID eventId) {
        return jdbc.sql("select attempts from outbox_event where event_id = :id")
                .param("id", eventId)
                .query(Integer.class)
                .single();
    }

    private static LeadQualifiedEvent qualified() {
        return new LeadQualifiedEvent(
                EventMetadata.create(
                        LeadQualifiedEvent.TYPE,
                        LeadQualifiedEvent.VERSION,
                        LeadId.newId(),
                        Instant.now(),
                        "outbox-it"),
                "default",
                1,
                72,
                "A",
                2,
                false,
                List.of("visited pricing"),
                "smb",
                Channel.WEBSITE,
                "site",
                null);
    }

    private static EngagementRecordedEvent visit() {
        return new EngagementRecordedEvent(
                EventMetadata.create(
                        EngagementRecordedEvent.TYPE,
                        EngagementRecordedEvent.VERSION,
                        LeadId.newId(),
                        Instant.parse("2026-11-02T10:00:00Z"),
                        "outbox-it"),
                EngagementType.WEBSITE_VISITED,
                null,
                Channel.WEBSITE,
                "site",
                null,
                Map.of("path", "/pricing"));
    }
}
