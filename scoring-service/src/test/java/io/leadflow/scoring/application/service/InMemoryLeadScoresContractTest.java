package io.leadflow.scoring.application.service;

import io.leadflow.scoring.application.port.out.LeadScoreRepository;
import io.leadflow.scoring.application.port.out.LeadScoreRepositoryContract;

class InMemoryLeadScoresContractTest extends LeadScoreRepositoryContract {

    private final InMemoryLeadScores leads = new InMemoryLeadScores();

    @Override
    protected LeadScoreRepository leads() {
        return leads;
    }
}
