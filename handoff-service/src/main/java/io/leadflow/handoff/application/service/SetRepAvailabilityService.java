package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.Actor;
import io.leadflow.handoff.application.port.in.NotAllowedException;
import io.leadflow.handoff.application.port.in.NotFoundException;
import io.leadflow.handoff.application.port.in.RepView;
import io.leadflow.handoff.application.port.in.SetRepAvailabilityCommand;
import io.leadflow.handoff.application.port.in.SetRepAvailabilityUseCase;
import io.leadflow.handoff.application.port.out.SalesRepRepository;
import io.leadflow.handoff.application.port.out.TeamRepository;
import io.leadflow.handoff.domain.SalesRep;
import org.springframework.transaction.annotation.Transactional;

/** Marking a rep away moves their not yet accepted hand-offs on at once ({@link AwayReassignment}). */
class SetRepAvailabilityService implements SetRepAvailabilityUseCase {

    private final OrganisationAudit audit;

    private final SalesRepRepository reps;
    private final TeamRepository teams;
    private final AwayReassignment away;

    SetRepAvailabilityService(
            SalesRepRepository reps, TeamRepository teams, AwayReassignment away, OrganisationAudit audit) {
        this.audit = audit;
        this.reps = reps;
        this.teams = teams;
        this.away = away;
    }

    @Override
    @Transactional
    public RepView setRepAvailability(SetRepAvailabilityCommand command) {
        SalesRep rep =
                reps.find(command.repId()).orElseThrow(() -> new NotFoundException("sales rep", command.repId()));
        Actor actor = command.actor();
        boolean manager = rep.teamId() != null
                && teams.find(rep.teamId())
                        .map(t -> t.manager().value().equalsIgnoreCase(actor.user()))
                        .orElse(false);
        if (!actor.isAdmin() && !manager) {
            throw new NotAllowedException("only the manager of the rep's team or an admin may mark them away or back");
        }
        if (rep.available() == command.available()) {
            return HandoffViews.rep(rep);
        }
        SalesRep changed = rep.withDetails(
                rep.name(),
                rep.webhookUrl(),
                command.available(),
                rep.teamId(),
                rep.chatHandle(),
                rep.segments(),
                rep.territories(),
                rep.capacity(),
                rep.weight(),
                rep.timeZone(),
                rep.workingHours());
        reps.save(changed);
        if (!changed.available()) {
            away.moveOn(changed);
        }
        audit.record(changed.available() ? "rep.back" : "rep.away", changed.id());
        return HandoffViews.rep(changed);
    }
}
