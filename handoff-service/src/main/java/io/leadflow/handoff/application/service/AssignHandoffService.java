package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.AssignHandoffCommand;
import io.leadflow.handoff.application.port.in.AssignHandoffUseCase;
import io.leadflow.handoff.application.port.in.AssignmentOutcome;
import io.leadflow.handoff.application.port.out.ConsentRegister;
import io.leadflow.handoff.application.port.out.HandoffMetrics;
import io.leadflow.handoff.application.port.out.HandoffRepository;
import io.leadflow.handoff.application.port.out.LeadProfiles;
import io.leadflow.handoff.application.port.out.ProcessedEvents;
import io.leadflow.handoff.application.port.out.RoutingRules;
import io.leadflow.handoff.application.port.out.SalesRepRepository;
import io.leadflow.handoff.domain.Assignment;
import io.leadflow.handoff.domain.Handoff;
import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.handoff.domain.LeadAttributes;
import io.leadflow.handoff.domain.LeadHandoffs;
import io.leadflow.handoff.domain.LeadProfile;
import io.leadflow.handoff.domain.Qualification;
import io.leadflow.handoff.domain.Route;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

class AssignHandoffService implements AssignHandoffUseCase {

    private final ProcessedEvents processed;
    private final HandoffRepository handoffs;
    private final SalesRepRepository reps;
    private final LeadProfiles profiles;
    private final HandoffRouting routing;
    private final SlaScheduling sla;
    private final HandoffNotifications notifications;
    private final HandoffMetrics metrics;
    private final Clock clock;
    private final ConsentRegister consent;

    AssignHandoffService(
            ProcessedEvents processed,
            HandoffRepository handoffs,
            SalesRepRepository reps,
            LeadProfiles profiles,
            RoutingRules rules,
            SlaScheduling sla,
            HandoffNotifications notifications,
            HandoffMetrics metrics,
            Clock clock,
            ConsentRegister consent) {
        this.processed = processed;
        this.handoffs = handoffs;
        this.reps = reps;
        this.profiles = profiles;
        this.routing = new HandoffRouting(reps, rules, handoffs);
        this.sla = sla;
        this.notifications = notifications;
        this.metrics = metrics;
        this.clock = clock;
        this.consent = consent;
    }

    @Override
    @Transactional
    public AssignmentOutcome assignHandoff(AssignHandoffCommand command) {
        if (!processed.firstSeen(command.eventId(), command.leadId().value())) {
            return AssignmentOutcome.DUPLICATE_EVENT;
        }
        if (consent.profilingObjected(command.leadId())) {
            return AssignmentOutcome.PROFILING_OBJECTED;
        }
        LeadHandoffs lead = new LeadHandoffs(command.leadId(), handoffs.findByLead(command.leadId()));
        if (lead.openHandoff().isPresent()) {
            return AssignmentOutcome.LEAD_ALREADY_HANDED_OFF;
        }
        Instant now = clock.instant();
        Qualification qualification = new Qualification(
                command.eventId(),
                command.leadId(),
                command.score(),
                command.fastTrack(),
                command.reasons(),
                command.qualifiedAt(),
                command.correlationId(),
                command.segment(),
                command.channel(),
                command.source(),
                command.campaign(),
                command.fitGrade(),
                command.likelihoods());
        Optional<LeadProfile> profile = profiles.find(command.leadId());
        LeadAttributes attributes = Leads.attributes(qualification, profile);
        HandoffRouting.Decision decision = routing.route(command.accountOwnerRepId(), attributes, now);
        Optional<Assignment> assignment = decision.assignment();
        Route route = decision.route();
        Handoff handoff = Handoff.open(HandoffId.newId(), qualification, assignment.orElse(null), route, now);
        if (assignment.isEmpty()) {
            handoffs.add(handoff);
            return AssignmentOutcome.UNASSIGNED;
        }
        handoff = sla.startAccept(handoff, now);
        handoffs.add(handoff);
        var assignee = assignment.get().rep().assignedAt(now);
        reps.save(assignee);
        notifications.schedule(handoff, assignee, profile, now);
        metrics.assigned();
        return AssignmentOutcome.ASSIGNED;
    }
}
