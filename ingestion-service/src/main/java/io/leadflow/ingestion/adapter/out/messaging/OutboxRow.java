package io.leadflow.ingestion.adapter.out.messaging;

import java.util.UUID;

/** One pending row of the outbox table: an event with its kernel metadata and its JSON payload. */
record OutboxRow(long id, UUID eventId, String type, String stream, UUID leadId, String correlationId,
        String payload) {
}
