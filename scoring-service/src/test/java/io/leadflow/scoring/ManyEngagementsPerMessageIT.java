package io.leadflow.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.event.EngagementRecordedEvent;
import io.leadflow.kernel.event.EventMetadata;
import io.leadflow.kernel.event.EventStreams;
import io.leadflow.kernel.event.MessageHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Engagements many to a message (docs/messages.md) through the real RabbitMQ and PostgreSQL: every event scored once,
 * a redelivery changing nothing, and a poison event dead-lettering its message without holding back the others.
 */
class ManyEngagementsPerMessageIT extends ScoringItSupport {

    @Autowired
    JdbcClient deadLetterTable;

    private static final String DLQ = EventStreams.ENGAGEMENTS + ".scoring-service.dlq";

    @Autowired
    @Qualifier("onEngagementRecorded") private Consumer<org.springframework.messaging.Message<byte[]>> onEngagementRecorded;

    @Test
    void every_engagement_of_a_many_event_message_is_scored_once_and_a_redelivery_changes_nothing() throws Exception {
        LeadId visitor = LeadId.newId();
        LeadId clicker = LeadId.newId();
        LeadId both = LeadId.newId();
        List<EngagementRecordedEvent> events = List.of(
                engaged(visitor, EngagementType.WEBSITE_VISITED),
                engaged(clicker, EngagementType.EMAIL_CLICKED),
                engaged(visitor, EngagementType.WEBSITE_VISITED),
                engaged(both, EngagementType.WEBSITE_VISITED),
                engaged(clicker, EngagementType.EMAIL_CLICKED),
                engaged(visitor, EngagementType.WEBSITE_VISITED),
                engaged(both, EngagementType.EMAIL_CLICKED));
        String body = array(events.stream().map(json::writeValueAsString).toList());

        rabbit.send(EventStreams.ENGAGEMENTS, EventStreams.ENGAGEMENTS, packed(body, events.getFirst(), 7));

        await().atMost(PATIENCE).until(() -> scoreOf(visitor) == 30 && scoreOf(clicker) == 10 && scoreOf(both) == 15);
        List<Long> before = counts(events);
        assertThat(before.subList(0, 2)).containsExactly(7L, 7L);
        assertThat(before.get(2)).as("score announcements").isPositive();

        onEngagementRecorded.accept(MessageBuilder.withPayload(body.getBytes(StandardCharsets.UTF_8))
                .setHeader(MessageHeaders.EVENT_TYPE, EngagementRecordedEvent.TYPE)
                .setHeader(MessageHeaders.EVENT_COUNT, 7)
                .build());

        assertThat(counts(events)).as("a redelivered message").isEqualTo(before);
        assertThat(List.of(scoreOf(visitor), scoreOf(clicker), scoreOf(both))).containsExactly(30, 10, 15);
    }

    @Test
    void a_poison_event_inside_a_message_dead_letters_it_while_the_healthy_events_are_scored() throws Exception {
        LeadId visitor = LeadId.newId();
        LeadId clicker = LeadId.newId();
        EngagementRecordedEvent visit = engaged(visitor, EngagementType.WEBSITE_VISITED);
        EngagementRecordedEvent click = engaged(clicker, EngagementType.EMAIL_CLICKED);
        EngagementRecordedEvent poison = engaged(LeadId.newId(), EngagementType.WEBSITE_VISITED);
        String body = array(List.of(
                json.writeValueAsString(visit),
                json.writeValueAsString(poison).replace("WEBSITE_VISITED", "NO_SUCH_ENGAGEMENT"),
                json.writeValueAsString(click)));

        rabbit.send(EventStreams.ENGAGEMENTS, EventStreams.ENGAGEMENTS, packed(body, visit, 3));

        await().atMost(PATIENCE).until(() -> scoreOf(visitor) == 10 && scoreOf(clicker) == 5);
        String cause = await().atMost(PATIENCE)
                .until(() -> deadLetterCause(visit.eventId().toString()), found -> found != null);
        assertThat(cause)
                .as("the dead letter's cause names the poison event")
                .contains("1 of 3 events not scored")
                .contains(poison.eventId().toString());
        assertThat(count("select count(*) from lead_event where lead_id = :lead", visitor))
                .as("retries of the message count the healthy event once")
                .isEqualTo(1);
        assertThat(count(
                        "select count(*) from lead_event where lead_id = :lead",
                        poison.metadata().lead()))
                .isZero();
    }

    private static EngagementRecordedEvent engaged(LeadId lead, EngagementType type) {
        return new EngagementRecordedEvent(
                EventMetadata.create(
                        EngagementRecordedEvent.TYPE,
                        EngagementRecordedEvent.VERSION,
                        lead,
                        Instant.now().minusSeconds(30),
                        "many-per-message-it"),
                type,
                null,
                Channel.WEBSITE,
                "site",
                null,
                Map.of());
    }

    private static String array(List<String> elements) {
        return elements.stream().collect(Collectors.joining(",", "[", "]"));
    }

    /** A message as ingestion's relay packs it: the array, the type, the count, the first event's ids. */
    private static Message packed(String body, EngagementRecordedEvent first, int count) {
        MessageProperties properties = new MessageProperties();
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setHeader(MessageHeaders.EVENT_ID, first.eventId().toString());
        properties.setHeader(MessageHeaders.EVENT_TYPE, EngagementRecordedEvent.TYPE);
        properties.setHeader(MessageHeaders.EVENT_COUNT, count);
        properties.setHeader(MessageHeaders.CORRELATION_ID, first.metadata().correlationId());
        return new Message(body.getBytes(StandardCharsets.UTF_8), properties);
    }

    private int scoreOf(LeadId lead) throws Exception {
        var view = leadView(lead);
        return view == null ? -1 : view.path("score").asInt();
    }

    /** Processed ids and stored events of the message, and score announcements of its leads. */
    private List<Long> counts(List<EngagementRecordedEvent> events) {
        List<Object> ids = events.stream().map(e -> (Object) e.eventId()).toList();
        List<Object> leads = events.stream()
                .map(e -> (Object) e.metadata().leadId())
                .distinct()
                .toList();
        return List.of(
                jdbc.sql("select count(*) from processed_event where event_id in (:ids)")
                        .param("ids", ids)
                        .query(Long.class)
                        .single(),
                jdbc.sql("select count(*) from lead_event where event_id in (:ids)")
                        .param("ids", ids)
                        .query(Long.class)
                        .single(),
                jdbc.sql("select count(*) from outbox_event where event_type = 'LeadScored'"
                                + " and lead_id in (:leads)")
                        .param("leads", leads)
                        .query(Long.class)
                        .single());
    }

    /**
     * The recorded cause (stack trace) of the dead letter with this event id, from scoring's engagement DLQ or, once the
     * service moved it there, its {@code dead_letter} table; null while it is in neither. The DLQ is shared with other
     * test runs on this broker: every other message taken is put back.
     */
    private String deadLetterCause(String eventId) {
        var moved = deadLetterTable
                .sql("select stacktrace from dead_letter where event_id = ?")
                .param(eventId)
                .query(String.class)
                .list();
        if (!moved.isEmpty()) {
            return moved.getFirst();
        }
        var info = admin.getQueueInfo(DLQ);
        long waiting = info == null ? 0 : info.getMessageCount();
        List<Message> others = new ArrayList<>();
        Message found = null;
        for (int i = 0; i < waiting && found == null; i++) {
            Message message = rabbit.receive(DLQ);
            if (message == null) {
                break;
            }
            if (eventId.equals(
                    String.valueOf(message.getMessageProperties().getHeaders().get(MessageHeaders.EVENT_ID)))) {
                found = message;
            } else {
                others.add(message);
            }
        }
        others.forEach(message -> rabbit.send("", DLQ, message));
        if (found != null) {
            // read, so it goes back for the service to move into its table
            rabbit.send("", DLQ, found);
            return String.valueOf(found.getMessageProperties().getHeaders().get("x-exception-stacktrace"));
        }
        return null;
    }
}
