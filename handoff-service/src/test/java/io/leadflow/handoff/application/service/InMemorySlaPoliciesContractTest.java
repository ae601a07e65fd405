package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.out.SlaPolicies;
import io.leadflow.handoff.application.port.out.SlaPoliciesContract;

class FakePoliciesContractTest extends SlaPoliciesContract {

    private final Fakes.Policies policies = new Fakes.Policies();

    @Override
    protected SlaPolicies policies() {
        return policies;
    }
}
