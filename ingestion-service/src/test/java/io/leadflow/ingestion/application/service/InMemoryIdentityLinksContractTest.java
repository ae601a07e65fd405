package io.leadflow.ingestion.application.service;

import io.leadflow.ingestion.application.port.out.IdentityLinks;
import io.leadflow.ingestion.application.port.out.IdentityLinksContract;
import io.leadflow.kernel.LeadId;

class InMemoryIdentityLinksContractTest extends IdentityLinksContract {

    private final InMemoryIngestionStore store = new InMemoryIngestionStore();

    @Override
    protected IdentityLinks links() {
        return store;
    }

    @Override
    protected LeadId storedLead(String email) {
        return LeadId.newId();
    }
}
