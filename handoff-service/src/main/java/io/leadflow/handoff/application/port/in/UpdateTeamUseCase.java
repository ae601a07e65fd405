package io.leadflow.handoff.application.port.in;

/** Replaces a team's name, manager, calendar and Slack URL; running SLA clocks keep their deadlines. */
public interface UpdateTeamUseCase {

    /** @throws NotFoundException for an unknown team; RepAlreadyRegisteredException when another team has the name */
    TeamView updateTeam(UpdateTeamCommand command);
}
