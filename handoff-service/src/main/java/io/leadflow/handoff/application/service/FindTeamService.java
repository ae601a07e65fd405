package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.FindTeamQuery;
import io.leadflow.handoff.application.port.in.NotFoundException;
import io.leadflow.handoff.application.port.in.TeamView;
import io.leadflow.handoff.application.port.out.TeamRepository;
import io.leadflow.handoff.domain.TeamId;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;

class FindTeamService implements FindTeamQuery {

    private final TeamRepository teams;

    FindTeamService(TeamRepository teams) {
        this.teams = teams;
    }

    @Override
    @Transactional(readOnly = true)
    public TeamView findTeam(TeamId id) {
        return teams.find(id).map(OrganisationViews::team).orElseThrow(() -> new NotFoundException("team", id));
    }

    @Override
    @Transactional(readOnly = true)
    public List<TeamView> findTeams() {
        return teams.findAll().stream().map(OrganisationViews::team).toList();
    }
}
