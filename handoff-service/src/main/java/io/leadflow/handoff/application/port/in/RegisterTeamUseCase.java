package io.leadflow.handoff.application.port.in;

/** Sets up a sales team that routing rules can send leads to. Refuses a second team with one name. */
public interface RegisterTeamUseCase {

    /** @throws RepAlreadyRegisteredException (reused for names) when a team has this name */
    TeamView registerTeam(RegisterTeamCommand command);
}
