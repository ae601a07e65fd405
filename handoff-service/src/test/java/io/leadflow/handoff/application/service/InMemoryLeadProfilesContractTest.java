package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.out.LeadProfiles;
import io.leadflow.handoff.application.port.out.LeadProfilesContract;

class FakeProfilesContractTest extends LeadProfilesContract {

    private final Fakes.Profiles profiles = new Fakes.Profiles();

    @Override
    protected LeadProfiles profiles() {
        return profiles;
    }
}
