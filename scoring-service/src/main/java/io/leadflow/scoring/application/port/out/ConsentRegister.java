package io.leadflow.scoring.application.port.out;

import io.leadflow.kernel.event.ConsentChangedEvent;

/**
 * Scoring's copy of the suppression list that ingestion owns, read with each lead: a person who objected to profiling
 * is not qualified by the automation, and the lead's page says so and since when.
 */
public interface ConsentRegister {

    /** Keeps the standing if it is newer than the one known; true when it was kept. */
    boolean keep(ConsentChangedEvent standing);
}
