package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.out.TeamRepository;
import io.leadflow.handoff.application.port.out.TeamRepositoryContract;

class InMemoryTeamsContractTest extends TeamRepositoryContract {

    private final InMemoryTeams teams = new InMemoryTeams();

    @Override
    protected TeamRepository teams() {
        return teams;
    }
}
