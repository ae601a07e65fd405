package io.leadflow.ingestion.application.port.out;

/** How many stored events are not yet passed on to the broker, as last counted (a count a few seconds old). */
public interface EventBacklog {

    long pending();
}
