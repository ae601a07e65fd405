package io.leadflow.scoring.adapter.in.messaging;

import io.leadflow.kernel.event.Events;
import io.leadflow.kernel.event.IntegrationEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an incoming message as the kernel's event record named by its {@value #EVENT_TYPE} header. A type this
 * version does not know is empty, so newer producers never block older consumers. A message carries one event (a JSON
 * object) or many events of that type (a JSON array, docs/messages.md).
 */
@Component
class IntegrationEventReader {

    static final String EVENT_TYPE = "leadflow-event-type";
    static final String EVENT_ID = "leadflow-event-id";

    private static final Logger LOG = LoggerFactory.getLogger(IntegrationEventReader.class);

    /** The events a message carries, and a description of each element that could not be read as one. */
    record Contents(List<IntegrationEvent> events, List<String> unreadable) {}

    private final JsonMapper json;

    IntegrationEventReader(JsonMapper json) {
        this.json = json;
    }

    /** The one event of a message; a many-event message here is a producer's mistake and fails. */
    Optional<IntegrationEvent> read(Message<byte[]> message) {
        return recordOf(message).map(record -> json.readValue(message.getPayload(), record));
    }

    /**
     * Every event of a message. A body that is not JSON fails as a whole; in an array each element is read on its
     * own, so one bad element leaves the others readable.
     */
    Contents readAll(Message<byte[]> message) {
        Optional<Class<? extends IntegrationEvent>> record = recordOf(message);
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

    private Optional<Class<? extends IntegrationEvent>> recordOf(Message<byte[]> message) {
        String type = message.getHeaders().get(EVENT_TYPE, String.class);
        Optional<Class<? extends IntegrationEvent>> record = type == null ? Optional.empty() : Events.recordFor(type);
        if (record.isEmpty()) {
            LOG.info(
                    "ignoring message {} of unknown event type {}",
                    message.getHeaders().get(EVENT_ID),
                    type);
        }
        return record;
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
