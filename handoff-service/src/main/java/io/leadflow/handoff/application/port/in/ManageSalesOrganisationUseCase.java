package io.leadflow.handoff.application.port.in;

import io.leadflow.handoff.domain.RepId;
import io.leadflow.handoff.domain.RoutingRule;
import io.leadflow.handoff.domain.SalesRep;
import io.leadflow.handoff.domain.SlaPolicy;
import io.leadflow.handoff.domain.Team;
import io.leadflow.handoff.domain.TeamId;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The sales organisation as managers set it up: teams with managers and business calendars, reps' team, coverage,
 * capacity and availability, the ordered routing rules and the SLA per priority. Validation lives in the domain
 * types the commands carry.
 */
public interface ManageSalesOrganisationUseCase {

    /** @throws RepAlreadyRegisteredException (reused for names) when a team has this name */
    Team registerTeam(Team team);

    /** Replaces a team's name, manager, calendar and Slack URL. @throws NotFoundException for an unknown team */
    Team updateTeam(Team team);

    List<Team> findTeams();

    /** @throws NotFoundException when no team has this id */
    Team findTeam(TeamId id);

    /** Changes a rep; the team must exist. @throws NotFoundException for an unknown rep or team */
    SalesRep updateRep(RepId id, UnaryOperator<SalesRep> change);

    /** Adds a rule; its teams must exist. */
    RoutingRule defineRoutingRule(RoutingRule rule);

    List<RoutingRule> findRoutingRules();

    void deleteRoutingRule(UUID id);

    SlaPolicy setSlaPolicy(SlaPolicy policy);

    List<SlaPolicy> findSlaPolicies();
}
