package io.leadflow.scoring.application.service;

import io.leadflow.scoring.application.port.out.LeadEventStore;
import io.leadflow.scoring.application.port.out.LeadHistories;
import io.leadflow.scoring.application.port.out.LeadHistoriesContract;
import io.leadflow.scoring.application.port.out.LeadScoreRepository;

class InMemoryLeadHistoriesContractTest extends LeadHistoriesContract {

    private final InMemoryLeadScores leads = new InMemoryLeadScores();
    private final InMemoryLeadEvents events = new InMemoryLeadEvents();

    @Override
    protected LeadScoreRepository leads() {
        return leads;
    }

    @Override
    protected LeadEventStore events() {
        return events;
    }

    @Override
    protected LeadHistories histories() {
        return new InMemoryLeadHistories(leads, events);
    }
}
