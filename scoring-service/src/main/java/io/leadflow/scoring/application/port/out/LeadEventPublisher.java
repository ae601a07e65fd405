package io.leadflow.scoring.application.port.out;

import io.leadflow.kernel.event.IntegrationEvent;
import java.util.List;

/**
 * Hands an integration event to the other services. It must be called inside the transaction of the change it
 * describes: the event is sent if, and only if, that change commits.
 */
public interface LeadEventPublisher {

    void publish(IntegrationEvent event);

    /** Several events of the same transaction; an implementation may write them in one go. */
    default void publishAll(List<? extends IntegrationEvent> events) {
        events.forEach(this::publish);
    }
}
