package io.leadflow.nurturing.application.port.out;

import java.util.UUID;

/**
 * The ids of the integration events already handled. RabbitMQ delivers at least once; recording the id in the same
 * transaction as the effect makes the effect happen exactly once.
 */
public interface ProcessedEvents {

    /** Records the id; true the first time, false when it was recorded before (a redelivery or a duplicate). */
    boolean firstSeen(UUID eventId);
}
