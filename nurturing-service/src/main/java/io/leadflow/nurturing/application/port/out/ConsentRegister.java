package io.leadflow.nurturing.application.port.out;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.event.ConsentChangedEvent;

/**
 * Nurturing's copy of the suppression list that ingestion owns: whether marketing may still contact a person. It
 * outlives enrolments, so an unsubscribe is remembered whether or not the person was on a track at the time.
 */
public interface ConsentRegister {

    /** Keeps the standing if it is newer than the one known; true when it was kept. */
    boolean keep(ConsentChangedEvent standing);

    /** Whether the person unsubscribed or withdrew consent and was not re-subscribed since. */
    boolean contactSuppressed(LeadId lead);
}
