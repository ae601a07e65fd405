package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.out.NotificationDeliveries;
import io.leadflow.handoff.application.port.out.NotificationDeliveriesContract;
import io.leadflow.handoff.domain.HandoffId;

class FakeDeliveriesContractTest extends NotificationDeliveriesContract {

    private final Fakes.Deliveries deliveries = new Fakes.Deliveries();

    @Override
    protected NotificationDeliveries deliveries() {
        return deliveries;
    }

    @Override
    protected HandoffId storedHandoff() {
        return HandoffId.newId();
    }
}
