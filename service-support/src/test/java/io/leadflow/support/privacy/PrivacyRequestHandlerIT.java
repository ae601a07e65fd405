package io.leadflow.support.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.event.ErasureRequestedEvent;
import io.leadflow.kernel.event.EventMetadata;
import io.leadflow.kernel.event.EventStreams;
import io.leadflow.kernel.event.ExportRequestedEvent;
import io.leadflow.kernel.event.LeadDataErasedEvent;
import io.leadflow.kernel.event.LeadDataExportedEvent;
import io.leadflow.support.SupportIT;
import io.leadflow.support.deadletter.JdbcDeadLetters;
import io.leadflow.support.idempotency.ErasedLeads;
import io.leadflow.support.idempotency.JdbcProcessedEventStore;
import io.leadflow.support.outbox.OutboxWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service's answer to a data subject's request against the real PostgreSQL: the erasure or export happens once
 * however often the request arrives, and the receipt or part is in the outbox, on the receipts stream, with the
 * request's id and no e-mail.
 */
class PrivacyRequestHandlerIT extends SupportIT {

    private static final Instant NOW = Instant.parse("2026-03-02T10:15:30Z");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OutboxWriter outbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JsonMapper json;

    private final List<List<UUID>> erasures = new ArrayList<>();

    private final PersonalData data = new PersonalData() {
        @Override
        public int erase(List<UUID> leadIds) {
            erasures.add(leadIds);
            return 3;
        }

        @Override
        public Map<String, Object> export(List<UUID> leadIds) {
            return Map.of("leads", leadIds.stream().map(UUID::toString).toList());
        }
    };

    private PrivacyRequestHandler handler() {
        return new PrivacyRequestHandler(
                "scoring-service",
                data,
                new JdbcProcessedEventStore(jdbc),
                jdbc,
                outbox,
                transactions,
                json,
                Clock.fixed(NOW, ZoneOffset.UTC),
                new ErasedLeads(jdbc),
                new JdbcDeadLetters(jdbc, json));
    }

    private static ErasureRequestedEvent erasureOf(UUID... leads) {
        UUID requestId = UUID.randomUUID();
        return new ErasureRequestedEvent(
                EventMetadata.create(ErasureRequestedEvent.TYPE, 1, new LeadId(requestId), NOW, "privacy-it"),
                requestId,
                List.of(leads));
    }

    @Test
    void after_an_erasure_events_about_the_lead_are_refused_and_others_still_pass() {
        UUID erased = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        JdbcProcessedEventStore processed = new JdbcProcessedEventStore(jdbc);
        UUID before = UUID.randomUUID();
        assertThat(processed.firstSeen(before, erased)).as("not erased yet").isTrue();

        handler().handle(erasureOf(erased));

        UUID late = UUID.randomUUID();
        assertThat(processed.firstSeen(late, erased))
                .as("a late event about the erased lead")
                .isFalse();
        assertThat(processed.firstSeen(late, erased)).as("its redelivery").isFalse();
        assertThat(processed.firstSeen(UUID.randomUUID(), other))
                .as("another lead")
                .isTrue();
        UUID batchLate = UUID.randomUUID();
        UUID batchOther = UUID.randomUUID();
        assertThat(processed.firstSeen(Map.of(batchLate, erased, batchOther, other)))
                .containsExactly(batchOther);
        assertThat(processed.erased(List.of(erased, other))).containsExactly(erased);
        assertThat(jdbc.sql("select count(*) from erased_lead where lead_id = ?")
                        .param(erased)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void an_erasure_forgets_the_lead_in_the_dead_letters_and_keeps_the_other_leads_events() {
        UUID erased = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        long single = deadLetter(erased.toString(), "{\"metadata\":{\"leadId\":\"" + erased + "\"}}");
        long packed = deadLetter(
                erased.toString(),
                "[{\"metadata\":{\"leadId\":\"" + erased + "\"}},{\"metadata\":{\"leadId\":\"" + other + "\"}}]");
        long unrelated = deadLetter(other.toString(), "{\"metadata\":{\"leadId\":\"" + other + "\"}}");

        handler().handle(erasureOf(erased));

        assertThat(deadLetterBody(single))
                .as("the dead letter about the erased lead")
                .isEmpty();
        assertThat(deadLetterBody(unrelated)).isPresent();
        assertThat(deadLetterBody(packed))
                .hasValueSatisfying(body ->
                        assertThat(body).doesNotContain(erased.toString()).contains(other.toString()));
    }

    private long deadLetter(String lead, String body) {
        return jdbc.sql("""
                        insert into dead_letter (queue, lead_id, failure, stacktrace, headers, body)
                        values ('lead.engagements.scoring-service', :lead, 'boom', 'boom', '{}'::jsonb, :body)
                        returning id""")
                .param("lead", lead)
                .param("body", body.getBytes(StandardCharsets.UTF_8))
                .query(Long.class)
                .single();
    }

    private Optional<String> deadLetterBody(long id) {
        return jdbc.sql("select convert_from(body, 'UTF8') from dead_letter where id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }

    @Test
    void an_erasure_request_delivered_twice_erases_once_and_sends_one_receipt_with_the_count() {
        UUID requestId = UUID.randomUUID();
        UUID lead = UUID.randomUUID();
        ErasureRequestedEvent request = new ErasureRequestedEvent(
                EventMetadata.create(ErasureRequestedEvent.TYPE, 1, new LeadId(requestId), NOW, "privacy-it"),
                requestId,
                List.of(lead));

        handler().handle(request);
        handler().handle(request);

        assertThat(erasures).containsExactly(List.of(lead));
        List<String> receipts = payloads(requestId, LeadDataErasedEvent.TYPE);
        assertThat(receipts).hasSize(1);
        LeadDataErasedEvent receipt = json.readValue(receipts.get(0), LeadDataErasedEvent.class);
        assertThat(receipt.requestId()).isEqualTo(requestId);
        assertThat(receipt.service()).isEqualTo("scoring-service");
        assertThat(receipt.records()).isEqualTo(3);
        assertThat(receipt.erasedAt()).isEqualTo(NOW);
        assertThat(receipt.metadata().correlationId()).isEqualTo("privacy-it");
    }

    @Test
    void an_export_request_sends_the_services_part_once_as_json_text() {
        UUID requestId = UUID.randomUUID();
        UUID lead = UUID.randomUUID();
        ExportRequestedEvent request = new ExportRequestedEvent(
                EventMetadata.create(ExportRequestedEvent.TYPE, 1, new LeadId(requestId), NOW, "privacy-it"),
                requestId,
                List.of(lead));

        handler().handle(request);
        handler().handle(request);

        List<String> parts = payloads(requestId, LeadDataExportedEvent.TYPE);
        assertThat(parts).hasSize(1);
        LeadDataExportedEvent part = json.readValue(parts.get(0), LeadDataExportedEvent.class);
        assertThat(json.readTree(part.document()).path("leads").get(0).asString())
                .isEqualTo(lead.toString());
        assertThat(erasures).as("an export erases nothing").isEmpty();

        ErasureRequestedEvent erasure = new ErasureRequestedEvent(
                EventMetadata.create(ErasureRequestedEvent.TYPE, 1, new LeadId(requestId), NOW, "privacy-it"),
                UUID.randomUUID(),
                List.of(lead));
        handler().handle(erasure);
        assertThat(payloads(requestId, LeadDataExportedEvent.TYPE))
                .as("the part naming the erased lead left the outbox")
                .isEmpty();
    }

    private List<String> payloads(UUID requestId, String type) {
        return jdbc.sql("""
                        select payload::text from outbox_event
                        where lead_id = :request and event_type = :type and stream = :stream""")
                .param("request", requestId)
                .param("type", type)
                .param("stream", EventStreams.PRIVACY_RECEIPTS)
                .query(String.class)
                .list();
    }
}
