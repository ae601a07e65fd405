package io.leadflow.nurturing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.kernel.RejectionReason;
import io.leadflow.kernel.event.EventMetadata;
import io.leadflow.kernel.event.EventStreams;
import io.leadflow.kernel.event.LeadRejectedEvent;
import io.leadflow.kernel.event.LeadStageChangedEvent;
import io.leadflow.kernel.event.MessageHeaders;
import io.leadflow.nurturing.application.port.out.NurtureTrackCatalogue;
import io.leadflow.nurturing.domain.DefaultTracks;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The main flow through real RabbitMQ and PostgreSQL: a rejection published on lead.lifecycle enrols the lead and
 * announces REJECTED -> NURTURING on lead.lifecycle; a redelivery of the same event changes nothing.
 */
class NurturingServiceIT extends NurturingItSupport {

    @Autowired
    JdbcClient deadLetterTable;

    @Autowired
    NurtureTrackCatalogue catalogue;

    @Test
    void a_lead_rejected_for_timing_is_enrolled_once_and_moved_to_nurturing_once() {
        LeadId lead = LeadId.newId();
        Message rejection = rejection(lead, RejectionReason.TIMING);
        long deadLettersBefore = deadLetters();

        rabbit.send(EventStreams.LIFECYCLE, EventStreams.LIFECYCLE, rejection);

        await().atMost(PATIENCE)
                .untilAsserted(() -> http.get()
                        .uri("/api/v1/nurture/enrollments/{id}", lead)
                        .exchange()
                        .expectStatus()
                        .isOk()
                        .expectBody()
                        .jsonPath("$.status")
                        .isEqualTo("ACTIVE")
                        .jsonPath("$.track.key")
                        .isEqualTo("quarterly-check-in")
                        .jsonPath("$.track.name")
                        .isEqualTo("Long cadence: quarterly check-in")
                        .jsonPath("$.reason")
                        .isEqualTo("timing")
                        .jsonPath("$.note")
                        .isEqualTo("budget frozen until Q3")
                        .jsonPath("$.rejectedBy")
                        .isEqualTo("rep-17"));
        LeadStageChangedEvent moved = json.readValue(awaitStageChangeOf(lead).getBody(), LeadStageChangedEvent.class);
        assertThat(moved.from()).isEqualTo(LifecycleStage.REJECTED);
        assertThat(moved.to()).isEqualTo(LifecycleStage.NURTURING);
        assertThat(moved.actor()).isEqualTo("nurturing-service");
        assertThat(moved.reason()).isEqualTo("enrolled in track Long cadence: quarterly check-in (reason: timing)");
        assertThat(moved.metadata().correlationId()).isEqualTo("it-" + lead);

        // the same message again, then a marker: the consumer handles them in order and the relay sends in order,
        // so once the marker's stage change is out, a second stage change for the lead would have been seen
        rabbit.send(EventStreams.LIFECYCLE, EventStreams.LIFECYCLE, rejection);
        LeadId marker = LeadId.newId();
        rabbit.send(EventStreams.LIFECYCLE, EventStreams.LIFECYCLE, rejection(marker, RejectionReason.NO_BUDGET));
        awaitStageChangeOf(marker);

        assertThat(stageChangesOf(lead)).hasSize(1);
        assertThat(deadLetters())
                .as("the repeat was absorbed, not retried into the DLQ")
                .isEqualTo(deadLettersBefore);
        assertThat(jdbc.sql("select count(*) from enrollment where lead_id = :lead")
                        .param("lead", lead.value())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from rejection where lead_id = :lead")
                        .param("lead", lead.value())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        http.get()
                .uri("/api/v1/nurture/rejected?reason=timing&size=200")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items[?(@.leadId == '" + lead + "')].status")
                .isEqualTo(List.of("ACTIVE"));
    }

    @Test
    void the_seeded_tracks_are_the_default_tracks() {
        // other tests may add tracks to the shared database; the seeded ones must be exactly the defaults
        for (var expected : DefaultTracks.catalogue().all()) {
            assertThat(catalogue.current().find(expected.key()))
                    .as("track %s as seeded by V2 and V3", expected.key())
                    .contains(expected);
            http.get()
                    .uri("/api/v1/nurture/tracks/{key}", expected.key())
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.reasons[*].reason")
                    .isEqualTo(expected.entries().stream()
                            .map(e -> e.reason().name().toLowerCase(Locale.ROOT))
                            .toList())
                    .jsonPath("$.steps.length()")
                    .isEqualTo(expected.steps().size());
        }
    }

    @Test
    void the_service_serves_its_openapi_document_with_the_nurture_paths() {
        http.get()
                .uri("/v3/api-docs")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.paths['/api/v1/nurture/tracks']")
                .exists()
                .jsonPath("$.paths['/api/v1/nurture/rejected/export']")
                .exists()
                .jsonPath("$.paths['/api/v1/nurture/enrollments/{leadId}']")
                .exists();
    }

    private Message rejection(LeadId lead, RejectionReason reason) {
        LeadRejectedEvent event = new LeadRejectedEvent(
                EventMetadata.create(
                        LeadRejectedEvent.TYPE, LeadRejectedEvent.VERSION, lead, Instant.now(), "it-" + lead),
                reason,
                "budget frozen until Q3",
                "rep-17");
        MessageProperties properties = new MessageProperties();
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setHeader(MessageHeaders.EVENT_ID, event.eventId().toString());
        properties.setHeader(MessageHeaders.EVENT_TYPE, LeadRejectedEvent.TYPE);
        properties.setHeader(MessageHeaders.LEAD_ID, lead.toString());
        properties.setHeader(MessageHeaders.CORRELATION_ID, event.metadata().correlationId());
        return new Message(json.writeValueAsBytes(event), properties);
    }

    /** Dead letters of nurturing's lifecycle queue: still in its DLQ, or already moved into its dead_letter table. */
    private long deadLetters() {
        long moved = deadLetterTable
                .sql("select count(*) from dead_letter where queue = ?")
                .param(EventStreams.LIFECYCLE + ".nurturing-service")
                .query(Long.class)
                .single();
        return moved
                + admin.getQueueInfo(EventStreams.LIFECYCLE + ".nurturing-service.dlq")
                        .getMessageCount();
    }

    private Message awaitStageChangeOf(LeadId lead) {
        return awaitLifecycle(LeadStageChangedEvent.TYPE, lead);
    }

    private List<Message> stageChangesOf(LeadId lead) {
        return lifecycle(LeadStageChangedEvent.TYPE, lead);
    }
}
