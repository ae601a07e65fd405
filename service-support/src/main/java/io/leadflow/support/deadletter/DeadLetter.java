package io.leadflow.support.deadletter;

import java.time.Instant;
import java.util.Map;

/**
 * A message that failed in one of the service's queues, as kept in the {@code dead_letter} table: where it failed,
 * the event it carried, why it failed (the binder's {@code x-exception-*} headers), and its body and headers as they
 * were, so that it can be sent back unchanged.
 */
public record DeadLetter(
        long id,
        String queue,
        String eventId,
        String eventType,
        String leadId,
        String failure,
        String stacktrace,
        Instant deadLetteredAt,
        Map<String, Object> headers,
        byte[] body) {

    public DeadLetter {
        headers = Map.copyOf(headers);
    }
}
