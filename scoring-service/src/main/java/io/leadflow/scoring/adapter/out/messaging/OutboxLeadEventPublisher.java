package io.leadflow.scoring.adapter.out.messaging;

import io.leadflow.scoring.application.port.out.LeadEventPublisher;
import io.leadflow.support.outbox.OutboxEventPublisher;
import io.leadflow.support.outbox.OutboxWriter;
import org.springframework.stereotype.Component;

/** The service's events go out through the transactional outbox of service-support. */
@Component
class OutboxLeadEventPublisher extends OutboxEventPublisher implements LeadEventPublisher {

    OutboxLeadEventPublisher(OutboxWriter outbox) {
        super(outbox);
    }
}
