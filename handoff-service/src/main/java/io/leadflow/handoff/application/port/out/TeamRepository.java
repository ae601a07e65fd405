package io.leadflow.handoff.application.port.out;

import io.leadflow.handoff.domain.Team;
import io.leadflow.handoff.domain.TeamId;
import java.util.List;
import java.util.Optional;

/** The sales teams, with their managers and business calendars. */
public interface TeamRepository {

    /** Adds the team; false when a team with this name exists. */
    boolean add(Team team);

    void save(Team team);

    Optional<Team> find(TeamId id);

    List<Team> findAll();
}
