package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.out.NotificationDeliveries;
import io.leadflow.handoff.application.port.out.NotificationDeliveriesContract;
import io.leadflow.handoff.domain.HandoffId;

class InMemoryNotificationDeliveriesContractTest extends NotificationDeliveriesContract {

    private final InMemoryNotificationDeliveries deliveries = new InMemoryNotificationDeliveries();

    @Override
    protected NotificationDeliveries deliveries() {
        return deliveries;
    }

    @Override
    protected HandoffId storedHandoff() {
        return HandoffId.newId();
    }
}
