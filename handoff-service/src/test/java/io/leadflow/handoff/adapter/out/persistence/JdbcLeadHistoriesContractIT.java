package io.leadflow.handoff.adapter.out.persistence;

import io.leadflow.handoff.application.port.out.LeadHistories;
import io.leadflow.handoff.application.port.out.LeadHistoriesContract;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcLeadHistoriesContractIT extends LeadHistoriesContract {

    private final JdbcClient jdbc = ContractDatabase.empty();

    @Override
    protected LeadHistories histories() {
        return new JdbcLeadHistories(jdbc, ContractDatabase.JSON);
    }
}
