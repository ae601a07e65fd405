package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.DefineRoutingRuleCommand;
import io.leadflow.handoff.application.port.in.DefineRoutingRuleUseCase;
import io.leadflow.handoff.application.port.in.NotFoundException;
import io.leadflow.handoff.application.port.in.RoutingRuleView;
import io.leadflow.handoff.application.port.out.RoutingRules;
import io.leadflow.handoff.application.port.out.TeamRepository;
import io.leadflow.handoff.domain.RoutingRule;
import io.leadflow.handoff.domain.TeamId;
import java.util.UUID;
import org.springframework.transaction.annotation.Transactional;

class DefineRoutingRuleService implements DefineRoutingRuleUseCase {

    private final OrganisationAudit audit;

    private final RoutingRules rules;
    private final TeamRepository teams;

    DefineRoutingRuleService(RoutingRules rules, TeamRepository teams, OrganisationAudit audit) {
        this.audit = audit;
        this.rules = rules;
        this.teams = teams;
    }

    @Override
    @Transactional
    public RoutingRuleView defineRoutingRule(DefineRoutingRuleCommand c) {
        RoutingRule rule = new RoutingRule(
                UUID.randomUUID(),
                c.position(),
                c.name(),
                c.segments(),
                c.countries(),
                c.minCompanySize(),
                c.maxCompanySize(),
                c.grades(),
                c.sources(),
                c.team(),
                c.secondTierTeam());
        requireTeam(rule.team());
        if (rule.secondTierTeam() != null) {
            requireTeam(rule.secondTierTeam());
        }
        rules.add(rule);
        audit.record("routing-rule.defined", rule.id());
        return OrganisationViews.rule(rule);
    }

    private void requireTeam(TeamId id) {
        teams.find(id).orElseThrow(() -> new NotFoundException("team", id));
    }
}
