package io.leadflow.ingestion.adapter.in.web;

import io.leadflow.ingestion.application.port.in.RecordEngagementCommand;
import io.leadflow.ingestion.application.port.in.TextFields;
import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.InvalidValueException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Turns the web body into a command, naming the field of the first value that does not parse. */
final class EngagementRequestMapper {

    private EngagementRequestMapper() {}

    /**
     * @param fallbackEventId the event id to use when the body has none (derived from an idempotency key), or null
     */
    static RecordEngagementCommand toCommand(
            EngagementRequest body, String correlationId, UUID fallbackEventId, String sourceApi) {
        if (body == null) {
            throw new InvalidValueException("body", "body.required", "a JSON body is required");
        }
        UUID eventId = TextFields.uuid(body.eventId(), "eventId");
        Instant occurredAt = TextFields.instant(body.occurredAt(), "occurredAt");
        if (occurredAt == null) {
            throw new InvalidValueException("occurredAt", "occurredAt.required", "occurredAt is required");
        }
        String email = blankToNull(body.email());
        String anonymousId = blankToNull(body.anonymousId());
        return new RecordEngagementCommand(
                eventId != null ? eventId : fallbackEventId,
                body.type(),
                occurredAt,
                email == null ? null : EmailAddress.of(email),
                anonymousId == null ? List.of() : List.of(RecordEngagementCommand.anonymous(anonymousId)),
                Channel.parse(body.channel()),
                body.source(),
                body.campaign(),
                properties(body.properties(), "properties"),
                correlationId,
                sourceApi);
    }

    /** Scalar values only: strings, numbers and booleans, stored as text; nulls are dropped. */
    static Map<String, String> properties(Map<String, Object> raw, String field) {
        if (raw == null) {
            return Map.of();
        }
        Map<String, String> flat = new LinkedHashMap<>();
        raw.forEach((key, value) -> {
            if (value instanceof Map<?, ?> || value instanceof Iterable<?>) {
                throw new InvalidValueException(
                        field + "." + key,
                        field + ".scalar",
                        "property '" + key + "' must be a string, number or boolean");
            }
            if (value != null) {
                flat.put(key, String.valueOf(value));
            }
        });
        return flat;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
