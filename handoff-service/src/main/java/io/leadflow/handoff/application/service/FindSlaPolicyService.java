package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.FindSlaPolicyQuery;
import io.leadflow.handoff.application.port.in.SlaPolicyView;
import io.leadflow.handoff.application.port.out.SlaPolicies;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;

class FindSlaPolicyService implements FindSlaPolicyQuery {

    private final SlaPolicies policies;

    FindSlaPolicyService(SlaPolicies policies) {
        this.policies = policies;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SlaPolicyView> findSlaPolicies() {
        return policies.findAll().stream().map(OrganisationViews::policy).toList();
    }
}
