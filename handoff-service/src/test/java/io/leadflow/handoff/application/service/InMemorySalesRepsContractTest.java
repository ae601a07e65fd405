package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.out.SalesRepRepository;
import io.leadflow.handoff.application.port.out.SalesRepRepositoryContract;
import io.leadflow.handoff.domain.TeamId;

class FakeRepsContractTest extends SalesRepRepositoryContract {

    private final Fakes.Reps reps = new Fakes.Reps();

    @Override
    protected SalesRepRepository reps() {
        return reps;
    }

    @Override
    protected TeamId storedTeam(String name) {
        return TeamId.newId();
    }
}
