package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.AssignHandoffCommand;
import io.leadflow.handoff.application.port.in.AssignHandoffUseCase;
import io.leadflow.handoff.application.port.in.AssignmentOutcome;
import io.leadflow.handoff.application.port.out.HandoffRepository;
import io.leadflow.handoff.application.port.out.LeadProfiles;
import io.leadflow.handoff.application.port.out.ProcessedEvents;
import io.leadflow.handoff.application.port.out.SalesRepRepository;
import io.leadflow.handoff.domain.AssignmentPolicy;
import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.handoff.domain.HandoffOpened;
import io.leadflow.handoff.domain.LeadHandoffs;
import io.leadflow.handoff.domain.Qualification;
import io.leadflow.handoff.domain.SalesRep;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

class AssignHandoffService implements AssignHandoffUseCase {

    private final ProcessedEvents processed;
    private final HandoffRepository handoffs;
    private final SalesRepRepository reps;
    private final LeadProfiles profiles;
    private final AssignmentPolicy policy;
    private final HandoffNotifications notifications;
    private final Clock clock;

    AssignHandoffService(ProcessedEvents processed, HandoffRepository handoffs, SalesRepRepository reps,
            LeadProfiles profiles, AssignmentPolicy policy, HandoffNotifications notifications, Clock clock) {
        this.processed = processed;
        this.handoffs = handoffs;
        this.reps = reps;
        this.profiles = profiles;
        this.policy = policy;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    @Transactional
    public AssignmentOutcome assignHandoff(AssignHandoffCommand command) {
        if (!processed.firstSeen(command.eventId())) {
            return AssignmentOutcome.DUPLICATE_EVENT;
        }
        LeadHandoffs lead = new LeadHandoffs(command.leadId(), handoffs.findByLead(command.leadId()));
        if (lead.openHandoff().isPresent()) {
            return AssignmentOutcome.LEAD_ALREADY_HANDED_OFF;
        }
        Instant now = clock.instant();
        Qualification qualification = new Qualification(command.eventId(), command.leadId(), command.score(),
                command.fastTrack(), command.reasons(), command.qualifiedAt(), command.correlationId());
        Optional<HandoffOpened> opened = lead.handOff(HandoffId.newId(), qualification, reps.lockAvailable(), policy,
                now);
        if (opened.isEmpty()) {
            return AssignmentOutcome.LEAD_ALREADY_HANDED_OFF;
        }
        handoffs.add(opened.get().handoff());
        Optional<SalesRep> assignee = opened.get().assignee();
        if (assignee.isEmpty()) {
            return AssignmentOutcome.UNASSIGNED;
        }
        reps.save(assignee.get());
        notifications.schedule(opened.get().handoff(), assignee.get(), profiles.find(command.leadId()), now);
        return AssignmentOutcome.ASSIGNED;
    }
}
