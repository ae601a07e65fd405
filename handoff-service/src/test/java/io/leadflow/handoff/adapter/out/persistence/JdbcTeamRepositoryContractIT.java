package io.leadflow.handoff.adapter.out.persistence;

import io.leadflow.handoff.application.port.out.TeamRepository;
import io.leadflow.handoff.application.port.out.TeamRepositoryContract;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcTeamRepositoryContractIT extends TeamRepositoryContract {

    private final JdbcClient jdbc = ContractDatabase.empty();

    @Override
    protected TeamRepository teams() {
        return new JdbcTeamRepository(jdbc, ContractDatabase.JSON);
    }
}
