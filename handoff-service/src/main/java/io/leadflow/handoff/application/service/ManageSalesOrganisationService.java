package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.ManageSalesOrganisationUseCase;
import io.leadflow.handoff.application.port.in.NotFoundException;
import io.leadflow.handoff.application.port.in.RepAlreadyRegisteredException;
import io.leadflow.handoff.application.port.out.NotificationTargetPolicy;
import io.leadflow.handoff.application.port.out.RoutingRules;
import io.leadflow.handoff.application.port.out.SalesRepRepository;
import io.leadflow.handoff.application.port.out.SlaPolicies;
import io.leadflow.handoff.application.port.out.TeamRepository;
import io.leadflow.handoff.domain.RepId;
import io.leadflow.handoff.domain.RoutingRule;
import io.leadflow.handoff.domain.SalesRep;
import io.leadflow.handoff.domain.SlaPolicy;
import io.leadflow.handoff.domain.Team;
import io.leadflow.handoff.domain.TeamId;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.transaction.annotation.Transactional;

class ManageSalesOrganisationService implements ManageSalesOrganisationUseCase {

    private final TeamRepository teams;
    private final SalesRepRepository reps;
    private final RoutingRules rules;
    private final SlaPolicies policies;
    private final NotificationTargetPolicy targets;

    ManageSalesOrganisationService(
            TeamRepository teams,
            SalesRepRepository reps,
            RoutingRules rules,
            SlaPolicies policies,
            NotificationTargetPolicy targets) {
        this.targets = targets;
        this.teams = teams;
        this.reps = reps;
        this.rules = rules;
        this.policies = policies;
    }

    @Override
    @Transactional
    public Team registerTeam(Team team) {
        TargetChecks.check(targets, team.slackWebhookUrl(), "slackWebhookUrl");
        if (!teams.add(team)) {
            throw new RepAlreadyRegisteredException("team " + team.name());
        }
        return team;
    }

    @Override
    @Transactional
    public Team updateTeam(Team team) {
        findTeam(team.id());
        TargetChecks.check(targets, team.slackWebhookUrl(), "slackWebhookUrl");
        if (teams.findAll().stream()
                .anyMatch(t -> !t.id().equals(team.id()) && t.name().equals(team.name()))) {
            throw new RepAlreadyRegisteredException("team " + team.name());
        }
        teams.save(team);
        return team;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Team> findTeams() {
        return teams.findAll();
    }

    @Override
    @Transactional(readOnly = true)
    public Team findTeam(TeamId id) {
        return teams.find(id).orElseThrow(() -> new NotFoundException("team", id));
    }

    @Override
    @Transactional
    public SalesRep updateRep(RepId id, UnaryOperator<SalesRep> change) {
        SalesRep rep = reps.find(id).orElseThrow(() -> new NotFoundException("sales rep", id));
        SalesRep changed = change.apply(rep);
        if (changed.webhookUrl() != null && !changed.webhookUrl().equals(rep.webhookUrl())) {
            TargetChecks.check(targets, changed.webhookUrl(), "webhookUrl");
        }
        if (changed.teamId() != null) {
            findTeam(changed.teamId());
        }
        reps.save(changed);
        return changed;
    }

    @Override
    @Transactional
    public RoutingRule defineRoutingRule(RoutingRule rule) {
        findTeam(rule.team());
        if (rule.secondTierTeam() != null) {
            findTeam(rule.secondTierTeam());
        }
        rules.add(rule);
        return rule;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RoutingRule> findRoutingRules() {
        return rules.findAll();
    }

    @Override
    @Transactional
    public void deleteRoutingRule(UUID id) {
        if (!rules.delete(id)) {
            throw new NotFoundException("routing rule", id);
        }
    }

    @Override
    @Transactional
    public SlaPolicy setSlaPolicy(SlaPolicy policy) {
        policies.save(policy);
        return policy;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SlaPolicy> findSlaPolicies() {
        return policies.findAll();
    }
}
