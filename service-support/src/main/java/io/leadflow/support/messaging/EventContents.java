package io.leadflow.support.messaging;

import io.leadflow.kernel.event.IntegrationEvent;
import java.util.List;

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
}
