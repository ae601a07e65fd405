package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.RegisterTeamCommand;
import io.leadflow.handoff.application.port.in.RegisterTeamUseCase;
import io.leadflow.handoff.application.port.in.RepAlreadyRegisteredException;
import io.leadflow.handoff.application.port.in.TeamView;
import io.leadflow.handoff.application.port.out.NotificationTargetPolicy;
import io.leadflow.handoff.application.port.out.TeamRepository;
import io.leadflow.handoff.domain.Team;
import io.leadflow.handoff.domain.TeamId;
import org.springframework.transaction.annotation.Transactional;

class RegisterTeamService implements RegisterTeamUseCase {

    private final OrganisationAudit audit;

    private final TeamRepository teams;
    private final NotificationTargetPolicy targets;

    RegisterTeamService(TeamRepository teams, NotificationTargetPolicy targets, OrganisationAudit audit) {
        this.audit = audit;
        this.teams = teams;
        this.targets = targets;
    }

    @Override
    @Transactional
    public TeamView registerTeam(RegisterTeamCommand command) {
        Team team = new Team(
                TeamId.newId(), command.name(), command.manager(), command.calendar(), command.slackWebhookUrl());
        TargetChecks.check(targets, team.slackWebhookUrl(), "slackWebhookUrl");
        if (!teams.add(team)) {
            throw new RepAlreadyRegisteredException("team " + team.name());
        }
        audit.record("team.registered", team.id());
        return OrganisationViews.team(team);
    }
}
