package io.leadflow.support.outbox;

import java.util.UUID;

/**
 * One pending row of the outbox table: an event with its kernel metadata, its JSON payload and the W3C traceparent of
 * the work that wrote it (or null).
 */
record OutboxRow(
        long id,
        UUID eventId,
        String type,
        String stream,
        UUID leadId,
        String correlationId,
        String payload,
        String traceparent) {}
