package io.leadflow.nurturing.adapter.in.messaging;

import io.leadflow.kernel.event.Events;
import io.leadflow.kernel.event.IntegrationEvent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads integration events from a message: the type header says which kernel record the JSON payload is. A type
 * this version does not know yields nothing, so a newer producer never blocks an older consumer. A message carries
 * one event (a JSON object) or many events of that type (a JSON array, docs/messages.md).
 */
@Component
class IntegrationEventReader {

    static final String EVENT_TYPE = "leadflow-event-type";

    /** The events a message carries, and a description of each element that could not be read as one. */
    record Contents(List<IntegrationEvent> events, List<String> unreadable) {}

    private final JsonMapper json;

    IntegrationEventReader(JsonMapper json) {
        this.json = json;
    }

    Optional<IntegrationEvent> read(Message<byte[]> message) {
        return type(message).flatMap(Events::recordFor).map(record -> json.readValue(message.getPayload(), record));
    }

    /**
     * Every event of a message. A body that is not JSON fails as a whole; in an array each element is read on its
     * own, so one bad element leaves the others readable.
     */
    Contents readAll(Message<byte[]> message) {
        Optional<Class<? extends IntegrationEvent>> record = type(message).flatMap(Events::recordFor);
        if (record.isEmpty()) {
            return new Contents(List.of(), List.of());
        }
        if (!isArray(message.getPayload())) {
            return new Contents(List.of(json.readValue(message.getPayload(), record.get())), List.of());
        }
        List<IntegrationEvent> events = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (JsonNode element : json.readTree(message.getPayload()).values()) {
            try {
                events.add(json.treeToValue(element, record.get()));
            } catch (RuntimeException e) {
                unreadable.add(
                        element.path("metadata").path("eventId").asString("(no event id)") + ": " + e.getMessage());
            }
        }
        return new Contents(events, unreadable);
    }

    static Optional<String> type(Message<?> message) {
        Object header = message.getHeaders().get(EVENT_TYPE);
        if (header instanceof byte[] bytes) {
            return Optional.of(new String(bytes, StandardCharsets.UTF_8));
        }
        return Optional.ofNullable(header).map(Object::toString);
    }

    private static boolean isArray(byte[] payload) {
        for (byte b : payload) {
            if (!Character.isWhitespace(b)) {
                return b == '[';
            }
        }
        return false;
    }
}
