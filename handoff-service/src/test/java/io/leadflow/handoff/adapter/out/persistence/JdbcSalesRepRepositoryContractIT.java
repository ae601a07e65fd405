package io.leadflow.handoff.adapter.out.persistence;

import io.leadflow.handoff.application.port.out.SalesRepRepository;
import io.leadflow.handoff.application.port.out.SalesRepRepositoryContract;
import io.leadflow.handoff.domain.TeamId;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcSalesRepRepositoryContractIT extends SalesRepRepositoryContract {

    private final JdbcClient jdbc = ContractDatabase.empty();

    @Override
    protected SalesRepRepository reps() {
        return new JdbcSalesRepRepository(jdbc, ContractDatabase.JSON);
    }

    @Override
    protected TeamId storedTeam(String name) {
        return ContractDatabase.storedTeam(jdbc, name);
    }
}
