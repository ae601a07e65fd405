package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.out.LeadProfiles;
import io.leadflow.handoff.application.port.out.LeadProfilesContract;

class InMemoryLeadProfilesContractTest extends LeadProfilesContract {

    private final InMemoryLeadProfiles profiles = new InMemoryLeadProfiles();

    @Override
    protected LeadProfiles profiles() {
        return profiles;
    }
}
