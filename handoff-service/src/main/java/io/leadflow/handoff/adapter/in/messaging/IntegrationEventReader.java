package io.leadflow.handoff.adapter.in.messaging;

import io.leadflow.kernel.event.Events;
import io.leadflow.kernel.event.IntegrationEvent;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a message into the kernel's event record named by its {@code leadflow-event-type} header. A type this
 * version of the kernel does not know is skipped, so producers can add types before consumers learn them; a known
 * type with a broken payload throws, so the message is retried and then dead-lettered, never silently dropped.
 */
@Component
class IntegrationEventReader {

    static final String EVENT_TYPE = "leadflow-event-type";

    private static final Logger LOG = LoggerFactory.getLogger(IntegrationEventReader.class);

    private final JsonMapper json;

    IntegrationEventReader(JsonMapper json) {
        this.json = json;
    }

    Optional<IntegrationEvent> read(Message<byte[]> message) {
        Object type = message.getHeaders().get(EVENT_TYPE);
        if (type == null) {
            LOG.warn("message without a {} header ignored", EVENT_TYPE);
            return Optional.empty();
        }
        Optional<Class<? extends IntegrationEvent>> record = Events.recordFor(type.toString());
        if (record.isEmpty()) {
            LOG.debug("event type {} is unknown to this service and ignored", type);
            return Optional.empty();
        }
        return Optional.of(json.readValue(message.getPayload(), record.get()));
    }
}
