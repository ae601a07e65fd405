package io.leadflow.scoring.domain;

import java.time.Instant;

/**
 * A person's standing on the suppression list ingestion owns, as scoring last heard it: whether marketing may contact
 * them and whether they objected to profiling. A person who objected is scored for nobody's eyes but their own page:
 * the automation does not qualify them (no MQL, no hand-off by score).
 */
public record ConsentStanding(
        boolean contactSuppressed,
        Instant suppressedSince,
        String suppressedBecause,
        boolean profilingObjected,
        Instant objectedSince) {

    /** No consent signal heard: contact and profiling allowed. */
    public static final ConsentStanding NONE = new ConsentStanding(false, null, null, false, null);
}
