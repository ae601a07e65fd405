package io.leadflow.handoff.adapter.out.persistence;

import io.leadflow.handoff.application.port.out.HandoffRepository;
import io.leadflow.handoff.application.port.out.HandoffRepositoryContract;
import io.leadflow.handoff.domain.SalesRep;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcHandoffRepositoryContractIT extends HandoffRepositoryContract {

    private final JdbcClient jdbc = ContractDatabase.empty();

    @Override
    protected HandoffRepository handoffs() {
        return new JdbcHandoffRepository(jdbc, ContractDatabase.JSON);
    }

    @Override
    protected SalesRep storedRep(String name) {
        return ContractDatabase.storedRep(jdbc, name);
    }
}
