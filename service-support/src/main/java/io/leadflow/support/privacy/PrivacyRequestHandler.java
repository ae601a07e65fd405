package io.leadflow.support.privacy;

import io.leadflow.kernel.event.ErasureRequestedEvent;
import io.leadflow.kernel.event.EventMetadata;
import io.leadflow.kernel.event.ExportRequestedEvent;
import io.leadflow.kernel.event.IntegrationEvent;
import io.leadflow.kernel.event.LeadDataErasedEvent;
import io.leadflow.kernel.event.LeadDataExportedEvent;
import io.leadflow.support.deadletter.JdbcDeadLetters;
import io.leadflow.support.idempotency.ErasedLeads;
import io.leadflow.support.idempotency.JdbcProcessedEventStore;
import io.leadflow.support.outbox.OutboxWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers one privacy request in one transaction: records the event id (a redelivery does nothing), erases or
 * exports through {@link PersonalData}, and writes the receipt or export part into the outbox. An erasure also records
 * the leads' tombstones ({@link ErasedLeads}), so that nothing arriving about them later brings their data back, and
 * forgets them in the dead letters. Logs name the request
 * and counts, never a person.
 */
public class PrivacyRequestHandler {

    private static final Logger LOG = LoggerFactory.getLogger(PrivacyRequestHandler.class);

    private final String service;
    private final PersonalData data;
    private final JdbcProcessedEventStore processed;
    private final JdbcClient jdbc;
    private final OutboxWriter outbox;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;
    private final ErasedLeads erased;
    private final JdbcDeadLetters deadLetters;

    public PrivacyRequestHandler(
            String service,
            PersonalData data,
            JdbcProcessedEventStore processed,
            JdbcClient jdbc,
            OutboxWriter outbox,
            TransactionTemplate transactions,
            JsonMapper json,
            Clock clock,
            ErasedLeads erased,
            JdbcDeadLetters deadLetters) {
        this.service = service;
        this.data = data;
        this.processed = processed;
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
        this.erased = erased;
        this.deadLetters = deadLetters;
    }

    /** Handles an erasure or export request; other events are ignored. */
    public void handle(IntegrationEvent event) {
        if (event instanceof ErasureRequestedEvent erasure) {
            transactions.executeWithoutResult(status -> erase(erasure));
        } else if (event instanceof ExportRequestedEvent export) {
            transactions.executeWithoutResult(status -> export(export));
        }
    }

    private void erase(ErasureRequestedEvent request) {
        if (!processed.firstSeen(request.eventId())) {
            return;
        }
        // the tombstones first: they wait for consumers writing about these leads and keep out those that come later
        erased.record(request.leadIds());
        int records = data.erase(request.leadIds())
                + forgetExportParts(request.leadIds())
                + deadLetters.forget(request.leadIds());
        Instant now = clock.instant();
        outbox.write(new LeadDataErasedEvent(
                answer(request.metadata(), LeadDataErasedEvent.TYPE, LeadDataErasedEvent.VERSION, now),
                request.requestId(),
                service,
                now,
                records));
        LOG.info(
                "erasure request {}: {} lead(s), {} record(s) erased or anonymised",
                request.requestId(),
                request.leadIds().size(),
                records);
    }

    private void export(ExportRequestedEvent request) {
        if (!processed.firstSeen(request.eventId())) {
            return;
        }
        forgetExportParts(List.of());
        String document = json.writeValueAsString(data.export(request.leadIds()));
        Instant now = clock.instant();
        outbox.write(new LeadDataExportedEvent(
                answer(request.metadata(), LeadDataExportedEvent.TYPE, LeadDataExportedEvent.VERSION, now),
                request.requestId(),
                service,
                document));
        LOG.info(
                "export request {}: part of {} lead(s) sent",
                request.requestId(),
                request.leadIds().size());
    }

    /**
     * Export parts are personal data in this service's outbox: those the broker confirmed are deleted (ingestion holds
     * them now), and any part that names one of {@code erased}, sent or not.
     */
    private int forgetExportParts(List<UUID> erased) {
        int forgotten = jdbc.sql("delete from outbox_event where event_type = :type and published_at is not null")
                .param("type", LeadDataExportedEvent.TYPE)
                .update();
        for (UUID lead : erased) {
            forgotten += jdbc.sql(
                            "delete from outbox_event where event_type = :type and strpos(payload::text, :lead) > 0")
                    .param("type", LeadDataExportedEvent.TYPE)
                    .param("lead", lead.toString())
                    .update();
        }
        return forgotten;
    }

    private static EventMetadata answer(EventMetadata request, String type, int version, Instant now) {
        return EventMetadata.create(type, version, request.lead(), now, request.correlationId());
    }
}
