package io.leadflow.handoff.adapter.out.persistence;

import io.leadflow.handoff.application.port.out.SlaPolicies;
import io.leadflow.handoff.application.port.out.SlaPoliciesContract;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcSlaPoliciesContractIT extends SlaPoliciesContract {

    private final JdbcClient jdbc = ContractDatabase.empty();

    @Override
    protected SlaPolicies policies() {
        return new JdbcSlaPolicies(jdbc, ContractDatabase.JSON);
    }
}
