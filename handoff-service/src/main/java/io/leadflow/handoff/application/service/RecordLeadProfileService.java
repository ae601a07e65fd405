package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.RecordLeadProfileCommand;
import io.leadflow.handoff.application.port.in.RecordLeadProfileUseCase;
import io.leadflow.handoff.application.port.out.HandoffRepository;
import io.leadflow.handoff.application.port.out.LeadProfiles;
import io.leadflow.handoff.application.port.out.ProcessedEvents;
import io.leadflow.handoff.application.port.out.SalesRepRepository;
import io.leadflow.handoff.domain.Handoff;
import io.leadflow.handoff.domain.LeadProfile;
import org.springframework.transaction.annotation.Transactional;

class RecordLeadProfileService implements RecordLeadProfileUseCase {

    private final ProcessedEvents processed;
    private final LeadProfiles profiles;
    private final HandoffRepository handoffs;
    private final SalesRepRepository reps;
    private final HandoffNotifications notifications;

    RecordLeadProfileService(
            ProcessedEvents processed,
            LeadProfiles profiles,
            HandoffRepository handoffs,
            SalesRepRepository reps,
            HandoffNotifications notifications) {
        this.processed = processed;
        this.profiles = profiles;
        this.handoffs = handoffs;
        this.reps = reps;
        this.notifications = notifications;
    }

    @Override
    @Transactional
    public void recordLeadProfile(RecordLeadProfileCommand command) {
        if (!processed.firstSeen(command.eventId(), command.leadId().value())) {
            return;
        }
        LeadProfile profile =
                new LeadProfile(command.leadId(), command.email(), command.attributes(), command.occurredAt());
        if (!profiles.keepIfNewer(profile)) {
            return;
        }
        for (Handoff handoff : handoffs.findByLead(command.leadId())) {
            if (handoff.isOpen() && handoff.repId() != null) {
                reps.find(handoff.repId()).ifPresent(rep -> notifications.refresh(handoff, rep, profile));
            }
        }
    }
}
