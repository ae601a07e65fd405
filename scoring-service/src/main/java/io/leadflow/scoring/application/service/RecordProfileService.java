package io.leadflow.scoring.application.service;

import io.leadflow.scoring.application.port.in.RecordProfileCommand;
import io.leadflow.scoring.application.port.in.RecordProfileUseCase;
import io.leadflow.scoring.domain.ProfileFacts;
import org.springframework.transaction.annotation.Transactional;

/** A newer profile replaces the lead's, and its company domain links the lead to its account (made if need be). */
class RecordProfileService implements RecordProfileUseCase {

    private final LeadChanges changes;
    private final AccountLinks links;

    RecordProfileService(LeadChanges changes, AccountLinks links) {
        this.changes = changes;
        this.links = links;
    }

    @Override
    @Transactional
    public void recordProfile(RecordProfileCommand command) {
        ProfileFacts facts = new ProfileFacts(command.email(), command.attributes(), command.occurredAt());
        changes.once(
                command.eventId(),
                command.leadId(),
                command.correlationId(),
                null,
                (lead, now) -> facts.supersedes(lead.profile())
                        && lead.updateProfile(facts, links.match(lead.leadId(), facts, now), now),
                Boolean::booleanValue);
    }
}
