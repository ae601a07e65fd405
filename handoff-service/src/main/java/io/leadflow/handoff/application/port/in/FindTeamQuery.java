package io.leadflow.handoff.application.port.in;

import io.leadflow.handoff.domain.TeamId;
import java.util.List;

/** Reads the sales teams with their calendars. */
public interface FindTeamQuery {

    /** @throws NotFoundException when no team has this id */
    TeamView findTeam(TeamId id);

    List<TeamView> findTeams();
}
