package io.leadflow.ingestion.application.service;

import java.time.Duration;

/**
 * The tunable rules of the use cases: how far in the future an event time may lie (clock skew of the sender), and
 * how many rows an import worker takes per committed chunk.
 */
public record IngestionSettings(Duration maxClockSkew, int importChunkSize) {

    public IngestionSettings {
        if (maxClockSkew == null || maxClockSkew.isNegative()) {
            throw new IllegalArgumentException("the clock skew is a duration of zero or more");
        }
        if (importChunkSize < 1) {
            throw new IllegalArgumentException("an import chunk holds at least one row");
        }
    }
}
