package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.out.TeamRepository;
import io.leadflow.handoff.application.port.out.TeamRepositoryContract;

class FakeTeamsContractTest extends TeamRepositoryContract {

    private final Fakes.Teams teams = new Fakes.Teams();

    @Override
    protected TeamRepository teams() {
        return teams;
    }
}
