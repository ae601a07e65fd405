package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.Actor;
import io.leadflow.handoff.application.port.in.HandoffView;
import io.leadflow.handoff.application.port.in.NotAllowedException;
import io.leadflow.handoff.application.port.in.ReassignHandoffCommand;
import io.leadflow.handoff.application.port.in.ReassignHandoffUseCase;
import io.leadflow.handoff.application.port.out.LeadProfiles;
import io.leadflow.handoff.application.port.out.SalesRepRepository;
import io.leadflow.handoff.application.port.out.TeamRepository;
import io.leadflow.handoff.domain.Handoff;
import io.leadflow.handoff.domain.HandoffStatus;
import io.leadflow.handoff.domain.SalesRep;
import io.leadflow.handoff.domain.TeamId;
import io.leadflow.kernel.InvalidValueException;
import java.time.Instant;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs under the hand-off's row lock, like a decision and a firing SLA timer: the new SLA clock's generation makes
 * the old rep's timers stale, so a reminder or breach already due for the old rep does nothing once this commits.
 */
class ReassignHandoffService implements ReassignHandoffUseCase {

    private final SalesDecisions decisions;
    private final SalesRepRepository reps;
    private final TeamRepository teams;
    private final LeadProfiles profiles;
    private final HandoffNotifications notifications;

    ReassignHandoffService(
            SalesDecisions decisions,
            SalesRepRepository reps,
            TeamRepository teams,
            LeadProfiles profiles,
            HandoffNotifications notifications) {
        this.decisions = decisions;
        this.reps = reps;
        this.teams = teams;
        this.profiles = profiles;
        this.notifications = notifications;
    }

    @Override
    @Transactional
    public HandoffView reassignHandoff(ReassignHandoffCommand command) {
        Actor actor = command.actor();
        Handoff handoff = decisions.lockFor(command.handoffId(), actor);
        TeamId team = teamOf(handoff);
        if (!actor.isAdmin() && !manages(team, actor)) {
            throw new NotAllowedException(
                    "only the manager of the team or an admin may reassign hand-off " + handoff.id());
        }
        SalesRep to = reps.find(command.toRep())
                .orElseThrow(() -> new InvalidValueException("repId", "repId.unknown", "no sales rep has this id"));
        if (handoff.status() == HandoffStatus.ASSIGNED && to.id().equals(handoff.repId())) {
            return decisions.view(handoff);
        }
        if (!actor.isAdmin() && (to.teamId() == null || !manages(to.teamId(), actor))) {
            throw new InvalidValueException("repId", "repId.team", "the new rep is not in a team you manage");
        }
        if (!to.available()) {
            throw new InvalidValueException("repId", "repId.away", "the new rep is away; mark them back first");
        }
        Instant now = decisions.now();
        Handoff moved = decisions.sla.startAccept(handoff.reassignTo(to, actor.user(), now), now);
        decisions.save(moved);
        SalesRep assignee = to.assignedAt(now);
        reps.save(assignee);
        notifications.schedule(moved, assignee, profiles.find(moved.leadId()), now);
        decisions.metrics.assigned();
        return decisions.view(moved);
    }

    private TeamId teamOf(Handoff handoff) {
        if (handoff.route().team() != null) {
            return handoff.route().team();
        }
        return handoff.repId() == null
                ? null
                : reps.find(handoff.repId()).map(SalesRep::teamId).orElse(null);
    }

    private boolean manages(TeamId team, Actor actor) {
        return team != null
                && teams.find(team)
                        .map(t -> t.manager().value().equalsIgnoreCase(actor.user()))
                        .orElse(false);
    }
}
