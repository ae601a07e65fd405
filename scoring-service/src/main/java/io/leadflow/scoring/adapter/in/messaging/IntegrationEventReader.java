package io.leadflow.scoring.adapter.in.messaging;

import io.leadflow.kernel.event.Events;
import io.leadflow.kernel.event.IntegrationEvent;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an incoming message as the kernel's event record named by its {@value #EVENT_TYPE} header. A type this
 * version does not know is empty, so newer producers never block older consumers.
 */
@Component
class IntegrationEventReader {

    static final String EVENT_TYPE = "leadflow-event-type";
    static final String EVENT_ID = "leadflow-event-id";

    private static final Logger LOG = LoggerFactory.getLogger(IntegrationEventReader.class);

    private final JsonMapper json;

    IntegrationEventReader(JsonMapper json) {
        this.json = json;
    }

    Optional<IntegrationEvent> read(Message<byte[]> message) {
        String type = message.getHeaders().get(EVENT_TYPE, String.class);
        Optional<Class<? extends IntegrationEvent>> record = type == null ? Optional.empty() : Events.recordFor(type);
        if (record.isEmpty()) {
            LOG.info("ignoring message {} of unknown event type {}", message.getHeaders().get(EVENT_ID), type);
            return Optional.empty();
        }
        return Optional.of(json.readValue(message.getPayload(), record.get()));
    }
}
