package io.leadflow.nurturing.application.port.out;

import java.util.UUID;

/**
 * The ids of the integration events already handled. RabbitMQ delivers at least once; recording the id in the same
 * transaction as the effect makes the effect happen exactly once.
 */
public interface ProcessedEvents {

    /** Records the id; true the first time, false when it was recorded before (a redelivery or a duplicate). */
    boolean firstSeen(UUID eventId);

    /**
     * Records the id of an event about {@code leadId}; false for a redelivery, and false when the lead was erased: a
     * late or re-driven event must not bring an erased lead's data back (docs/privacy.md), so do nothing.
     */
    boolean firstSeen(UUID eventId, UUID leadId);
}
