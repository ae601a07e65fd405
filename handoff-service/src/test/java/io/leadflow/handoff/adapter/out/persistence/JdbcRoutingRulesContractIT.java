package io.leadflow.handoff.adapter.out.persistence;

import io.leadflow.handoff.application.port.out.RoutingRules;
import io.leadflow.handoff.application.port.out.RoutingRulesContract;
import io.leadflow.handoff.domain.TeamId;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcRoutingRulesContractIT extends RoutingRulesContract {

    private final JdbcClient jdbc = ContractDatabase.empty();

    @Override
    protected RoutingRules rules() {
        return new JdbcRoutingRules(jdbc, ContractDatabase.JSON);
    }

    @Override
    protected TeamId storedTeam(String name) {
        return ContractDatabase.storedTeam(jdbc, name);
    }
}
