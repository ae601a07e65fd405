package io.leadflow.nurturing.application.port.out;

import io.leadflow.kernel.event.IntegrationEvent;

/**
 * Hands an integration event to the other services. It must be called inside the transaction of the change it
 * describes: the event is sent if, and only if, that change commits.
 */
public interface LeadEventPublisher {

    void publish(IntegrationEvent event);
}
