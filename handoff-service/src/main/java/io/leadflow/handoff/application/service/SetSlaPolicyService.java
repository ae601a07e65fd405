package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.SetSlaPolicyCommand;
import io.leadflow.handoff.application.port.in.SetSlaPolicyUseCase;
import io.leadflow.handoff.application.port.in.SlaPolicyView;
import io.leadflow.handoff.application.port.out.SlaPolicies;
import io.leadflow.handoff.domain.SlaPolicy;
import org.springframework.transaction.annotation.Transactional;

class SetSlaPolicyService implements SetSlaPolicyUseCase {

    private final OrganisationAudit audit;

    private final SlaPolicies policies;

    SetSlaPolicyService(SlaPolicies policies, OrganisationAudit audit) {
        this.audit = audit;
        this.policies = policies;
    }

    @Override
    @Transactional
    public SlaPolicyView setSlaPolicy(SetSlaPolicyCommand command) {
        SlaPolicy policy = command.policy();
        policies.save(policy);
        audit.record("sla-policy.set", policy.priority());
        return OrganisationViews.policy(policy);
    }
}
