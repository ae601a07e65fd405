package io.leadflow.ingestion.application.port.in;

import java.time.Instant;
import java.util.UUID;

/** A person's consent standing as the API shows it. */
public record ConsentView(
        UUID leadId,
        boolean contactSuppressed,
        Instant suppressedSince,
        String suppressedBecause,
        boolean profilingObjected,
        Instant objectedSince,
        long revision,
        String changedBy) {}
