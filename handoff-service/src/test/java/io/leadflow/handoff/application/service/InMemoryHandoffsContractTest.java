package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.out.HandoffRepository;
import io.leadflow.handoff.application.port.out.HandoffRepositoryContract;
import io.leadflow.handoff.application.port.out.HandoffTestData;
import io.leadflow.handoff.domain.SalesRep;

class FakeHandoffsContractTest extends HandoffRepositoryContract {

    private final Fakes.Handoffs handoffs = new Fakes.Handoffs();

    @Override
    protected HandoffRepository handoffs() {
        return handoffs;
    }

    @Override
    protected SalesRep storedRep(String name) {
        return HandoffTestData.aRep(name);
    }
}
