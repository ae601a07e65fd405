package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.out.SlaPolicies;
import io.leadflow.handoff.application.port.out.SlaPoliciesContract;

class InMemorySlaPoliciesContractTest extends SlaPoliciesContract {

    private final InMemorySlaPolicies policies = new InMemorySlaPolicies();

    @Override
    protected SlaPolicies policies() {
        return policies;
    }
}
