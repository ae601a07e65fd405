package io.leadflow.ingestion.adapter.in.web;

import java.util.Map;

/**
 * An engagement as marketing tools post it. Codes and times arrive as text and are parsed by the kernel, so that a
 * bad value is answered with the exact field and rule rather than a generic "unreadable body".
 */
public record EngagementRequest(
        String eventId,
        String type,
        String occurredAt,
        String email,
        String channel,
        String source,
        String campaign,
        Map<String, Object> properties) {
}
