package io.leadflow.console.application;

import org.jspecify.annotations.Nullable;

/**
 * One rep's or team's SLA figures for a period: hand-offs held, accepted, accepted in time, deadlines breached,
 * compliance (0..1) and response times in seconds; a ratio or time is null when there was nothing to measure.
 */
public record SlaRow(
        String key,
        @Nullable String name,
        long handoffs,
        long accepted,
        long acceptedInTime,
        long breaches,
        @Nullable Double compliance,
        @Nullable Double meanResponseSeconds,
        @Nullable Double medianResponseSeconds) {

    /** What a person recognises: the name, or the key when the row has none. */
    public String label() {
        return name == null || name.isBlank() ? key : name;
    }
}
