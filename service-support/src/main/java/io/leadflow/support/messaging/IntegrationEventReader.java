package io.leadflow.support.messaging;

import io.leadflow.kernel.event.Events;
import io.leadflow.kernel.event.IntegrationEvent;
import io.leadflow.kernel.event.MessageHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an incoming message as the kernel's event record named by its type header (a string, or the bytes some
 * brokers and tools hand over). A message carries one event (a JSON object) or many events of that type (a JSON
 * array, docs/messages.md). A type this version does not know yields nothing, so newer producers never block older
 * consumers; a known type with a broken body throws, so the message is retried and then dead-lettered, never
 * silently dropped.
 */
public class IntegrationEventReader {

    private static final Logger LOG = LoggerFactory.getLogger(IntegrationEventReader.class);

    private final JsonMapper json;

    public IntegrationEventReader(JsonMapper json) {
        this.json = json;
    }

    /**
     * Every event of a message, one or many. A body that is not JSON fails as a whole; in an array each element is
     * read on its own, so one bad element leaves the others readable.
     */
    public EventContents readAll(Message<byte[]> message) {
        Optional<Class<? extends IntegrationEvent>> record = recordOf(message);
        if (record.isEmpty()) {
            return new EventContents(List.of(), List.of());
        }
        if (!isArray(message.getPayload())) {
            return new EventContents(List.of(json.readValue(message.getPayload(), record.get())), List.of());
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
        return new EventContents(events, unreadable);
    }

    private Optional<Class<? extends IntegrationEvent>> recordOf(Message<byte[]> message) {
        Optional<String> type = text(message.getHeaders().get(MessageHeaders.EVENT_TYPE));
        if (type.isEmpty()) {
            LOG.warn(
                    "ignoring message {} without a {} header",
                    text(message.getHeaders().get(MessageHeaders.EVENT_ID)).orElse("(no event id)"),
                    MessageHeaders.EVENT_TYPE);
            return Optional.empty();
        }
        Optional<Class<? extends IntegrationEvent>> record = Events.recordFor(type.get());
        if (record.isEmpty()) {
            LOG.info(
                    "ignoring message {} of event type {}, unknown to this version",
                    text(message.getHeaders().get(MessageHeaders.EVENT_ID)).orElse("(no event id)"),
                    type.get());
        }
        return record;
    }

    private static Optional<String> text(Object header) {
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
