package io.leadflow.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.event.EngagementRecordedEvent;
import io.leadflow.kernel.event.EventMetadata;
import io.leadflow.kernel.event.IntegrationEvent;
import io.leadflow.kernel.event.LeadQualifiedEvent;
import io.leadflow.kernel.event.MessageHeaders;
import io.leadflow.kernel.event.PredictedLikelihood;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class IntegrationEventReaderTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final IntegrationEventReader reader = new IntegrationEventReader(json);

    @Test
    void a_message_with_one_event_yields_that_event() {
        EngagementRecordedEvent visit = visit();

        EventContents contents = reader.readAll(message(json.writeValueAsString(visit)));

        assertThat(contents.events()).containsExactly(visit);
        assertThat(contents.unreadable()).isEmpty();
    }

    @Test
    void a_message_with_many_events_yields_each_with_its_own_id_and_names_the_one_that_is_unreadable() {
        EngagementRecordedEvent first = visit();
        EngagementRecordedEvent second = visit();
        String broken = json.writeValueAsString(visit()).replace("WEBSITE_VISITED", "NO_SUCH_TYPE");
        String body = "[" + json.writeValueAsString(first) + "," + broken + "," + json.writeValueAsString(second) + "]";

        EventContents contents = reader.readAll(message(body));

        assertThat(contents.events())
                .extracting(IntegrationEvent::eventId)
                .containsExactly(first.eventId(), second.eventId());
        assertThat(contents.unreadable())
                .singleElement()
                .asString()
                .startsWith(
                        json.readTree(broken).path("metadata").path("eventId").asString());
    }

    @Test
    void handling_each_event_applies_the_readable_ones_and_then_fails_the_message_for_the_unreadable_one() {
        EngagementRecordedEvent first = visit();
        String broken = json.writeValueAsString(visit()).replace("WEBSITE_VISITED", "NO_SUCH_TYPE");
        EventContents contents = reader.readAll(message("[" + json.writeValueAsString(first) + "," + broken + "]"));
        List<IntegrationEvent> handled = new ArrayList<>();

        assertThatThrownBy(() -> contents.handleEach(handled::add))
                .isInstanceOf(UnreadableEventsException.class)
                .hasMessageContaining("1 of 2");
        assertThat(handled).containsExactly(first);
    }

    @Test
    void a_body_that_is_not_json_fails_the_whole_message() {
        assertThatThrownBy(() -> reader.readAll(message("{this is not an engagement")))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void a_type_header_that_arrives_as_bytes_is_read_like_a_string() {
        EngagementRecordedEvent visit = visit();
        Message<byte[]> message = MessageBuilder.withPayload(json.writeValueAsBytes(visit))
                .setHeader(MessageHeaders.EVENT_TYPE, EngagementRecordedEvent.TYPE.getBytes(StandardCharsets.UTF_8))
                .build();

        assertThat(reader.readAll(message).events()).containsExactly(visit);
    }

    @Test
    void a_one_event_body_that_is_not_the_event_its_type_names_fails_the_whole_message() {
        assertThatThrownBy(() -> reader.readAll(message("{\"metadata\": 42}"))).isInstanceOf(RuntimeException.class);
    }

    @Test
    void a_message_without_a_type_header_yields_nothing() {
        Message<byte[]> message = MessageBuilder.withPayload("{}".getBytes(StandardCharsets.UTF_8))
                .build();

        assertThat(reader.readAll(message).carried()).isZero();
    }

    @Test
    void a_type_this_version_does_not_know_is_ignored() {
        Message<byte[]> message = MessageBuilder.withPayload("[{}]".getBytes(StandardCharsets.UTF_8))
                .setHeader(MessageHeaders.EVENT_TYPE, "SomethingNew")
                .build();

        assertThat(reader.readAll(message).carried()).isZero();
    }

    @Test
    void an_event_from_a_newer_producer_with_fields_this_version_does_not_know_is_read_ignoring_them() {
        EngagementRecordedEvent visit = visit();
        ObjectNode newer = (ObjectNode) json.valueToTree(visit);
        newer.put("sentiment", "positive");
        ((ObjectNode) newer.get("metadata")).put("tenant", "acme");

        EventContents contents = reader.readAll(message(json.writeValueAsString(newer)));

        assertThat(contents.events()).containsExactly(visit);
        assertThat(contents.unreadable()).isEmpty();
    }

    @Test
    void an_event_from_an_older_producer_without_the_optional_fields_added_since_is_read_with_their_defaults() {
        EngagementRecordedEvent visit = visit();
        ObjectNode older = (ObjectNode) json.valueToTree(visit);
        older.remove(List.of("customType", "campaign", "properties"));

        EventContents contents = reader.readAll(message(json.writeValueAsString(older)));

        assertThat(contents.events()).singleElement().isInstanceOfSatisfying(EngagementRecordedEvent.class, read -> {
            assertThat(read.eventId()).isEqualTo(visit.eventId());
            assertThat(read.engagementType()).isEqualTo(EngagementType.WEBSITE_VISITED);
            assertThat(read.campaign()).isNull();
            assertThat(read.properties()).isEmpty();
        });
    }

    @Test
    void a_qualification_written_before_likelihoods_were_added_is_read_with_none() {
        LeadQualifiedEvent qualified = qualified(List.of());
        ObjectNode older = (ObjectNode) json.valueToTree(qualified);
        older.remove("likelihoods");

        EventContents contents = reader.readAll(message(LeadQualifiedEvent.TYPE, json.writeValueAsString(older)));

        assertThat(contents.events()).singleElement().isInstanceOfSatisfying(LeadQualifiedEvent.class, read -> {
            assertThat(read.eventId()).isEqualTo(qualified.eventId());
            assertThat(read.likelihoods()).isEmpty();
            assertThat(read.reasons()).containsExactly("Score 55 reached threshold 50");
        });
    }

    @Test
    void a_qualification_with_its_likelihood_is_read_with_percent_and_reasons() {
        LeadQualifiedEvent qualified = qualified(List.of(new PredictedLikelihood(
                "win-rate", 3, 72, List.of("Demo requested 1 time: +0.93", "Pricing page visited 3 times: +0.18"))));

        EventContents contents = reader.readAll(message(LeadQualifiedEvent.TYPE, json.writeValueAsString(qualified)));

        assertThat(contents.events()).containsExactly(qualified);
        assertThat(((LeadQualifiedEvent) contents.events().getFirst())
                        .likelihoods()
                        .getFirst()
                        .percent())
                .isEqualTo(72);
    }

    private static LeadQualifiedEvent qualified(List<PredictedLikelihood> likelihoods) {
        return new LeadQualifiedEvent(
                EventMetadata.create(
                        LeadQualifiedEvent.TYPE,
                        LeadQualifiedEvent.VERSION,
                        LeadId.newId(),
                        Instant.parse("2026-11-02T10:00:00Z"),
                        "corr"),
                "default",
                1,
                55,
                "B",
                2,
                false,
                List.of("Score 55 reached threshold 50"),
                "all",
                Channel.WEBSITE,
                "site",
                null,
                null,
                null,
                likelihoods);
    }

    private static Message<byte[]> message(String type, String body) {
        return MessageBuilder.withPayload(body.getBytes(StandardCharsets.UTF_8))
                .setHeader(MessageHeaders.EVENT_TYPE, type)
                .build();
    }

    private static EngagementRecordedEvent visit() {
        return new EngagementRecordedEvent(
                EventMetadata.create(
                        EngagementRecordedEvent.TYPE,
                        EngagementRecordedEvent.VERSION,
                        LeadId.newId(),
                        Instant.parse("2026-11-02T10:00:00Z"),
                        "corr"),
                EngagementType.WEBSITE_VISITED,
                null,
                Channel.WEBSITE,
                "site",
                null,
                Map.of("path", "/pricing"));
    }

    private static Message<byte[]> message(String body) {
        return MessageBuilder.withPayload(body.getBytes(StandardCharsets.UTF_8))
                .setHeader(MessageHeaders.EVENT_TYPE, EngagementRecordedEvent.TYPE)
                .build();
    }
}
