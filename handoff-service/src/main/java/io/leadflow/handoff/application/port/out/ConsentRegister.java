package io.leadflow.handoff.application.port.out;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.event.ConsentChangedEvent;

/**
 * Hand-off's copy of the suppression list that ingestion owns: whether a person objected to profiling, in which case
 * no score-driven qualification hands them to sales (a rep's own sales-generated lead still may).
 */
public interface ConsentRegister {

    /** Keeps the standing if it is newer than the one known; true when it was kept. */
    boolean keep(ConsentChangedEvent standing);

    boolean profilingObjected(LeadId lead);
}
