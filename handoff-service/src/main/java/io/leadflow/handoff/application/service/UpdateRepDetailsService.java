package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.NotFoundException;
import io.leadflow.handoff.application.port.in.RepDetailsView;
import io.leadflow.handoff.application.port.in.UpdateRepDetailsCommand;
import io.leadflow.handoff.application.port.in.UpdateRepDetailsUseCase;
import io.leadflow.handoff.application.port.out.NotificationTargetPolicy;
import io.leadflow.handoff.application.port.out.SalesRepRepository;
import io.leadflow.handoff.application.port.out.TeamRepository;
import io.leadflow.handoff.domain.SalesRep;
import org.springframework.transaction.annotation.Transactional;

class UpdateRepDetailsService implements UpdateRepDetailsUseCase {

    private final OrganisationAudit audit;

    private final SalesRepRepository reps;
    private final TeamRepository teams;
    private final NotificationTargetPolicy targets;
    private final AwayReassignment away;

    UpdateRepDetailsService(
            SalesRepRepository reps,
            TeamRepository teams,
            NotificationTargetPolicy targets,
            AwayReassignment away,
            OrganisationAudit audit) {
        this.audit = audit;
        this.reps = reps;
        this.teams = teams;
        this.targets = targets;
        this.away = away;
    }

    @Override
    @Transactional
    public RepDetailsView updateRepDetails(UpdateRepDetailsCommand c) {
        SalesRep rep = reps.find(c.id()).orElseThrow(() -> new NotFoundException("sales rep", c.id()));
        SalesRep changed = rep.withDetails(
                c.name() == null ? rep.name() : c.name(),
                c.webhookUrl() == null ? rep.webhookUrl() : c.webhookUrl(),
                c.available() == null ? rep.available() : c.available(),
                c.teamId() == null ? rep.teamId() : c.teamId(),
                c.chatHandle() == null ? rep.chatHandle() : c.chatHandle(),
                c.segments() == null ? rep.segments() : c.segments(),
                c.territories() == null ? rep.territories() : c.territories(),
                c.capacity() == null ? rep.capacity() : c.capacity(),
                c.weight() == null ? rep.weight() : c.weight(),
                c.timeZone() == null ? rep.timeZone() : c.timeZone(),
                c.workingHours() == null ? rep.workingHours() : c.workingHours());
        if (changed.webhookUrl() != null && !changed.webhookUrl().equals(rep.webhookUrl())) {
            TargetChecks.check(targets, changed.webhookUrl(), "webhookUrl");
        }
        if (changed.teamId() != null) {
            teams.find(changed.teamId()).orElseThrow(() -> new NotFoundException("team", changed.teamId()));
        }
        reps.save(changed);
        if (rep.available() && !changed.available()) {
            away.moveOn(changed);
        }
        audit.record("rep.updated", changed.id());
        return OrganisationViews.repDetails(changed);
    }
}
