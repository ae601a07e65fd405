package io.leadflow.support.messaging;

import io.leadflow.kernel.event.IntegrationEvent;
import java.util.List;
import java.util.function.Consumer;

/**
 * The events a message carries, and a description (event id and reason) of each element that could not be read as
 * one. A consumer applies the readable events and then fails the message if anything was left, so that the binder
 * retries it (the applied events are recognised by their ids) and finally dead-letters it.
 */
public record EventContents(List<IntegrationEvent> events, List<String> unreadable) {

    public EventContents {
        events = List.copyOf(events);
        unreadable = List.copyOf(unreadable);
    }

    /** How many events the message carried, readable or not. */
    public int carried() {
        return events.size() + unreadable.size();
    }

    /**
     * Hands each readable event to {@code handler}, then fails the message if an element could not be read (a handler
     * that throws fails it at once; the events handled before are skipped by their ids when it comes again).
     */
    public void handleEach(Consumer<? super IntegrationEvent> handler) {
        events.forEach(handler);
        if (!unreadable.isEmpty()) {
            throw new UnreadableEventsException(unreadable, carried());
        }
    }
}
