package io.leadflow.kernel.event;

import io.leadflow.kernel.InvalidValueException;
import java.time.Instant;

/**
 * A person's standing on the suppression list, in full (never a diff): whether marketing may contact them and whether
 * they objected to profiling, each with since when and why. Ingestion owns the list; every service that could contact
 * or profile the person keeps the latest standing by lead. {@code revision} grows with every change of the person's
 * standing, so that a consumer keeps the newest whatever order the events arrive in.
 *
 * @param contactSuppressed no nurture step, no marketing webhook: the person unsubscribed or withdrew consent
 * @param suppressedSince when that began (null when not suppressed)
 * @param suppressedBecause {@code unsubscribed} or {@code consent_withdrawn} (null when not suppressed)
 * @param profilingObjected the person objected to profiling: no score-driven qualification or hand-off
 * @param objectedSince when they objected (null when they did not)
 * @param revision the standing's version for this lead, from 1
 */
public record ConsentChangedEvent(
        EventMetadata metadata,
        boolean contactSuppressed,
        Instant suppressedSince,
        String suppressedBecause,
        boolean profilingObjected,
        Instant objectedSince,
        long revision)
        implements IntegrationEvent {

    public static final String TYPE = "ConsentChanged";
    public static final int VERSION = 1;

    public ConsentChangedEvent {
        metadata.requireType(TYPE);
        if (contactSuppressed) {
            Events.require(suppressedSince, "suppressedSince");
            Events.require(suppressedBecause, "suppressedBecause");
        }
        if (profilingObjected) {
            Events.require(objectedSince, "objectedSince");
        }
        if (revision < 1) {
            throw new InvalidValueException("revision", "revision.positive", "a consent revision starts at 1");
        }
    }
}
