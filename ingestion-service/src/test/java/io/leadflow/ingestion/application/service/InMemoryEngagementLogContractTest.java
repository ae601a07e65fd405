package io.leadflow.ingestion.application.service;

import io.leadflow.ingestion.application.port.out.EngagementLog;
import io.leadflow.ingestion.application.port.out.EngagementLogContract;
import io.leadflow.kernel.LeadId;

class InMemoryEngagementLogContractTest extends EngagementLogContract {

    private final InMemoryIngestionStore store = new InMemoryIngestionStore();

    @Override
    protected EngagementLog log() {
        return store;
    }

    @Override
    protected LeadId storedLead(String email) {
        return LeadId.newId();
    }
}
