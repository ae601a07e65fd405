package io.leadflow.nurturing.adapter.in.messaging;

import io.leadflow.kernel.event.Events;
import io.leadflow.kernel.event.IntegrationEvent;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an integration event from a message: the type header says which kernel record the JSON payload is. A type
 * this version does not know yields nothing, so a newer producer never blocks an older consumer.
 */
@Component
class IntegrationEventReader {

    static final String EVENT_TYPE = "leadflow-event-type";

    private final JsonMapper json;

    IntegrationEventReader(JsonMapper json) {
        this.json = json;
    }

    Optional<IntegrationEvent> read(Message<byte[]> message) {
        return type(message).flatMap(Events::recordFor).map(record -> json.readValue(message.getPayload(), record));
    }

    static Optional<String> type(Message<?> message) {
        Object header = message.getHeaders().get(EVENT_TYPE);
        if (header instanceof byte[] bytes) {
            return Optional.of(new String(bytes, StandardCharsets.UTF_8));
        }
        return Optional.ofNullable(header).map(Object::toString);
    }
}
