package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.out.RoutingRules;
import io.leadflow.handoff.application.port.out.RoutingRulesContract;
import io.leadflow.handoff.domain.TeamId;

class InMemoryRoutingRulesContractTest extends RoutingRulesContract {

    private final InMemoryRoutingRules rules = new InMemoryRoutingRules();

    @Override
    protected RoutingRules rules() {
        return rules;
    }

    @Override
    protected TeamId storedTeam(String name) {
        return TeamId.newId();
    }
}
