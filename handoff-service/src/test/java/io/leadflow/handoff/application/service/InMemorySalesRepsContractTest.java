package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.out.SalesRepRepository;
import io.leadflow.handoff.application.port.out.SalesRepRepositoryContract;
import io.leadflow.handoff.domain.TeamId;

class InMemorySalesRepsContractTest extends SalesRepRepositoryContract {

    private final InMemorySalesReps reps = new InMemorySalesReps();

    @Override
    protected SalesRepRepository reps() {
        return reps;
    }

    @Override
    protected TeamId storedTeam(String name) {
        return TeamId.newId();
    }
}
