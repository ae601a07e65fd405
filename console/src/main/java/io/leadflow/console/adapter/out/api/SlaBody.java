package io.leadflow.console.adapter.out.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.leadflow.console.application.SlaRow;
import org.jspecify.annotations.Nullable;

/** One row of hand-off's {@code GET /api/v1/reports/sla}. */
@JsonIgnoreProperties(ignoreUnknown = true)
record SlaBody(
        String key,
        @Nullable String name,
        long handoffs,
        long accepted,
        long acceptedInTime,
        long breaches,
        @Nullable Double compliance,
        @Nullable Double meanResponseSeconds,
        @Nullable Double medianResponseSeconds) {

    SlaRow toRow() {
        return new SlaRow(
                key,
                name,
                handoffs,
                accepted,
                acceptedInTime,
                breaches,
                compliance,
                meanResponseSeconds,
                medianResponseSeconds);
    }
}
