package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.out.LeadHistories;
import io.leadflow.handoff.application.port.out.LeadHistoriesContract;

class FakeHistoriesContractTest extends LeadHistoriesContract {

    private final Fakes.Histories histories = new Fakes.Histories();

    @Override
    protected LeadHistories histories() {
        return histories;
    }
}
