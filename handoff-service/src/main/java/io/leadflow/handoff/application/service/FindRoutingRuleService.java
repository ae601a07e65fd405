package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.FindRoutingRuleQuery;
import io.leadflow.handoff.application.port.in.RoutingRuleView;
import io.leadflow.handoff.application.port.out.RoutingRules;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;

class FindRoutingRuleService implements FindRoutingRuleQuery {

    private final RoutingRules rules;

    FindRoutingRuleService(RoutingRules rules) {
        this.rules = rules;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RoutingRuleView> findRoutingRules() {
        return rules.findAll().stream().map(OrganisationViews::rule).toList();
    }
}
