package io.leadflow.handoff.adapter.out.persistence;

import io.leadflow.handoff.application.port.out.LeadProfiles;
import io.leadflow.handoff.application.port.out.LeadProfilesContract;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcLeadProfilesContractIT extends LeadProfilesContract {

    private final JdbcClient jdbc = ContractDatabase.empty();

    @Override
    protected LeadProfiles profiles() {
        return new JdbcLeadProfiles(jdbc, ContractDatabase.JSON);
    }
}
