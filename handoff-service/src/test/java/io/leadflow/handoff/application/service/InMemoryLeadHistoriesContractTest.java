package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.out.LeadHistories;
import io.leadflow.handoff.application.port.out.LeadHistoriesContract;

class InMemoryLeadHistoriesContractTest extends LeadHistoriesContract {

    private final InMemoryLeadHistories histories = new InMemoryLeadHistories();

    @Override
    protected LeadHistories histories() {
        return histories;
    }
}
