package io.leadflow.ingestion.application.service;

import io.leadflow.ingestion.application.port.in.ContactView;
import io.leadflow.ingestion.application.port.in.UpsertContactCommand;
import io.leadflow.ingestion.application.port.in.UpsertContactUseCase;
import io.leadflow.ingestion.application.port.out.ContactRepository;
import io.leadflow.ingestion.application.port.out.LeadEventPublisher;
import io.leadflow.ingestion.domain.Contact;
import java.time.Clock;
import java.util.List;
import java.util.TreeSet;
import org.springframework.transaction.annotation.Transactional;

class UpsertContactService implements UpsertContactUseCase {

    private final ContactRepository contacts;
    private final LeadEventPublisher events;
    private final IdentityAttribution attribution;
    private final Clock clock;

    UpsertContactService(
            ContactRepository contacts, LeadEventPublisher events, IdentityAttribution attribution, Clock clock) {
        this.contacts = contacts;
        this.events = events;
        this.attribution = attribution;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ContactView upsertContact(UpsertContactCommand command) {
        boolean created = !contacts.addAllIfAbsent(List.of(Contact.firstSeen(command.email())))
                .isEmpty();
        Contact current = contacts.findForUpdate(command.email()).orElseThrow();
        Contact next = current.withChanges(command.changes());
        if (created || !next.attributes().equals(current.attributes())) {
            contacts.update(next);
            events.publish(LeadEvents.profile(next, clock.instant(), command.correlationId()));
        }
        for (String identity : new TreeSet<>(command.identities())) {
            attribution.link(identity, next.leadId());
        }
        return new ContactView(next.leadId().value(), next.email().value(), next.attributes(), created);
    }
}
