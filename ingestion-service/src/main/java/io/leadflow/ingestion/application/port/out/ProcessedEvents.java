package io.leadflow.ingestion.application.port.out;

import java.util.UUID;

/** The ids of incoming events ingestion acted on, recorded with the effect so that a redelivery does nothing. */
public interface ProcessedEvents {

    /** True the first time an id is seen; false for a redelivery. */
    boolean firstSeen(UUID eventId);
}
