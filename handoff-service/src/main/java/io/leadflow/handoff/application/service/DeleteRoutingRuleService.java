package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.DeleteRoutingRuleCommand;
import io.leadflow.handoff.application.port.in.DeleteRoutingRuleUseCase;
import io.leadflow.handoff.application.port.in.NotFoundException;
import io.leadflow.handoff.application.port.out.RoutingRules;
import org.springframework.transaction.annotation.Transactional;

class DeleteRoutingRuleService implements DeleteRoutingRuleUseCase {

    private final OrganisationAudit audit;

    private final RoutingRules rules;

    DeleteRoutingRuleService(RoutingRules rules, OrganisationAudit audit) {
        this.audit = audit;
        this.rules = rules;
    }

    @Override
    @Transactional
    public void deleteRoutingRule(DeleteRoutingRuleCommand command) {
        if (!rules.delete(command.id())) {
            throw new NotFoundException("routing rule", command.id());
        }
        audit.record("routing-rule.deleted", command.id());
    }
}
