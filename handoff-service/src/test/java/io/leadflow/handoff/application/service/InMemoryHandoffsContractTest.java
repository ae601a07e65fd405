package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.out.HandoffRepository;
import io.leadflow.handoff.application.port.out.HandoffRepositoryContract;
import io.leadflow.handoff.application.port.out.HandoffTestData;
import io.leadflow.handoff.domain.SalesRep;

class InMemoryHandoffsContractTest extends HandoffRepositoryContract {

    private final InMemoryHandoffs handoffs = new InMemoryHandoffs();

    @Override
    protected HandoffRepository handoffs() {
        return handoffs;
    }

    @Override
    protected SalesRep storedRep(String name) {
        return HandoffTestData.aRep(name);
    }
}
