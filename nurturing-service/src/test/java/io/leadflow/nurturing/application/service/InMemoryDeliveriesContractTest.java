package io.leadflow.nurturing.application.service;

import io.leadflow.nurturing.application.port.out.StepDeliveries;
import io.leadflow.nurturing.application.port.out.StepDeliveriesContract;

class InMemoryDeliveriesContractTest extends StepDeliveriesContract {

    private final InMemoryDeliveries deliveries = new InMemoryDeliveries();

    @Override
    protected StepDeliveries deliveries() {
        return deliveries;
    }
}
