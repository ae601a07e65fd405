package io.leadflow.ingestion.adapter.in.web;

import io.leadflow.ingestion.application.port.in.RecordEngagementCommand;
import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.InvalidValueException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Turns the web body into a command, naming the field of the first value that does not parse. */
final class EngagementRequestMapper {

    private EngagementRequestMapper() {
    }

    static RecordEngagementCommand toCommand(EngagementRequest body, String correlationId) {
        if (body == null) {
            throw new InvalidValueException("body", "body.required", "a JSON body is required");
        }
        return new RecordEngagementCommand(
                eventId(body.eventId()),
                EngagementType.parse(body.type()),
                instant(body.occurredAt()),
                EmailAddress.of(body.email()),
                Channel.parse(body.channel()),
                body.source(),
                body.campaign(),
                properties(body.properties()),
                correlationId);
    }

    private static UUID eventId(String text) {
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("eventId", "eventId.format", "eventId must be a UUID, got '" + text + "'");
        }
    }

    private static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("occurredAt", "occurredAt.required", "occurredAt is required");
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("occurredAt", "occurredAt.format",
                    "occurredAt must be an ISO-8601 instant like 2026-11-02T09:30:00Z, got '" + text + "'");
        }
    }

    private static Map<String, String> properties(Map<String, Object> raw) {
        if (raw == null) {
            return Map.of();
        }
        Map<String, String> flat = new LinkedHashMap<>();
        raw.forEach((key, value) -> {
            if (value instanceof Map<?, ?> || value instanceof Iterable<?>) {
                throw new InvalidValueException("properties." + key, "properties.scalar",
                        "property '" + key + "' must be a string, number or boolean");
            }
            if (value != null) {
                flat.put(key, String.valueOf(value));
            }
        });
        return flat;
    }
}
