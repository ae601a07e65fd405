package io.leadflow.support.consent;

import java.time.Instant;
import java.util.UUID;

/** A person's consent standing as a consuming service keeps it: the latest {@code ConsentChanged} it received. */
public record ConsentCopy(
        UUID leadId,
        boolean contactSuppressed,
        Instant suppressedSince,
        String suppressedBecause,
        boolean profilingObjected,
        Instant objectedSince,
        long revision) {}
