package io.leadflow.scoring.application.service;

import io.leadflow.scoring.application.port.out.LeadEventStore;
import io.leadflow.scoring.application.port.out.LeadEventStoreContract;

class InMemoryLeadEventsContractTest extends LeadEventStoreContract {

    private final InMemoryLeadEvents events = new InMemoryLeadEvents();

    @Override
    protected LeadEventStore events() {
        return events;
    }
}
