package io.leadflow.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.kernel.event.EventStreams;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OutboxPackingTest {

    private static final Set<String> PACKED = Set.of(EventStreams.ENGAGEMENTS);

    @Test
    void engagements_travel_up_to_the_limit_per_message_in_outbox_order_and_profiles_one_per_message() {
        List<OutboxRow> rows = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            rows.add(row(i, i % 50 == 7 ? EventStreams.PROFILES : EventStreams.ENGAGEMENTS));
        }

        List<OutboxPacking.Packet> packets = OutboxPacking.pack(rows, PACKED, 100);

        List<OutboxPacking.Packet> engagements = packets.stream()
                .filter(p -> p.stream().equals(EventStreams.ENGAGEMENTS))
                .toList();
        assertThat(engagements).extracting(p -> p.rows().size()).containsExactly(100, 100, 45);
        assertThat(engagements.stream()
                        .flatMap(p -> p.rows().stream())
                        .map(OutboxRow::id)
                        .toList())
                .isSortedAccordingTo(Long::compare)
                .hasSize(245);
        assertThat(packets.stream().filter(p -> p.stream().equals(EventStreams.PROFILES)))
                .hasSize(5)
                .allMatch(p -> !p.packed());
        assertThat(packets.stream().mapToInt(p -> p.rows().size()).sum()).isEqualTo(250);
    }

    @Test
    void a_packed_body_is_a_json_array_of_the_events_each_with_its_own_metadata() {
        List<OutboxRow> rows = List.of(
                row(1, EventStreams.ENGAGEMENTS), row(2, EventStreams.ENGAGEMENTS), row(3, EventStreams.ENGAGEMENTS));

        OutboxPacking.Packet packet = OutboxPacking.pack(rows, PACKED, 100).getFirst();
        JsonNode body = JsonMapper.builder().build().readTree(packet.payload());

        assertThat(packet.packed()).isTrue();
        assertThat(body.isArray()).isTrue();
        assertThat(body.values())
                .extracting(e -> e.path("metadata").path("eventId").asString())
                .containsExactly(
                        rows.get(0).eventId().toString(),
                        rows.get(1).eventId().toString(),
                        rows.get(2).eventId().toString());
        assertThat(packet.ids()).containsExactly(1L, 2L, 3L);
    }

    @Test
    void a_lone_engagement_or_a_limit_of_one_keeps_the_one_event_format() {
        OutboxRow lone = row(1, EventStreams.ENGAGEMENTS);

        assertThat(OutboxPacking.pack(List.of(lone), PACKED, 100).getFirst().payload())
                .isEqualTo(lone.payload());
        assertThat(OutboxPacking.pack(List.of(lone, row(2, EventStreams.ENGAGEMENTS)), PACKED, 1))
                .hasSize(2)
                .noneMatch(OutboxPacking.Packet::packed);
    }

    private static OutboxRow row(long id, String stream) {
        UUID eventId = UUID.randomUUID();
        String type = stream.equals(EventStreams.ENGAGEMENTS) ? "EngagementRecorded" : "ProfileChanged";
        return new OutboxRow(
                id,
                eventId,
                type,
                stream,
                UUID.randomUUID(),
                "corr-" + id,
                "{\"metadata\":{\"eventId\":\"" + eventId + "\",\"eventType\":\"" + type + "\"},\"n\":" + id + "}",
                null);
    }
}
