package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.NotFoundException;
import io.leadflow.handoff.application.port.in.RepAlreadyRegisteredException;
import io.leadflow.handoff.application.port.in.TeamView;
import io.leadflow.handoff.application.port.in.UpdateTeamCommand;
import io.leadflow.handoff.application.port.in.UpdateTeamUseCase;
import io.leadflow.handoff.application.port.out.NotificationTargetPolicy;
import io.leadflow.handoff.application.port.out.TeamRepository;
import io.leadflow.handoff.domain.Team;
import org.springframework.transaction.annotation.Transactional;

class UpdateTeamService implements UpdateTeamUseCase {

    private final OrganisationAudit audit;

    private final TeamRepository teams;
    private final NotificationTargetPolicy targets;

    UpdateTeamService(TeamRepository teams, NotificationTargetPolicy targets, OrganisationAudit audit) {
        this.audit = audit;
        this.teams = teams;
        this.targets = targets;
    }

    @Override
    @Transactional
    public TeamView updateTeam(UpdateTeamCommand command) {
        teams.find(command.id()).orElseThrow(() -> new NotFoundException("team", command.id()));
        Team team = new Team(
                command.id(), command.name(), command.manager(), command.calendar(), command.slackWebhookUrl());
        TargetChecks.check(targets, team.slackWebhookUrl(), "slackWebhookUrl");
        if (teams.findAll().stream()
                .anyMatch(t -> !t.id().equals(team.id()) && t.name().equals(team.name()))) {
            throw new RepAlreadyRegisteredException("team " + team.name());
        }
        teams.save(team);
        audit.record("team.updated", team.id());
        return OrganisationViews.team(team);
    }
}
