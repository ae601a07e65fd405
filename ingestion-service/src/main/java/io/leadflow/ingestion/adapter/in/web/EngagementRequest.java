package io.leadflow.ingestion.adapter.in.web;

import java.util.Map;

/**
 * An engagement as marketing tools post it. Codes and times arrive as text and are parsed by the kernel, so that a
 * bad value is answered with the exact field and rule rather than a generic "unreadable body". The person is named by
 * {@code email}, or by {@code anonymousId} until an identify or a form links it to an e-mail. {@code consent}
 * ({@code {"marketing": false, "profiling": false}}, either optional) is a consent signal that comes with the event.
 */
public record EngagementRequest(
        String eventId,
        String type,
        String occurredAt,
        String email,
        String anonymousId,
        String channel,
        String source,
        String campaign,
        Map<String, Object> properties,
        Map<String, Object> consent) {}
