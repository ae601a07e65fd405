package io.leadflow.ingestion.application.service;

import io.leadflow.ingestion.application.port.in.ContactView;
import io.leadflow.ingestion.application.port.in.FilledContact;
import io.leadflow.ingestion.application.port.in.UpsertContactCommand;
import io.leadflow.ingestion.application.port.in.UpsertContactUseCase;
import io.leadflow.ingestion.application.port.out.ContactRepository;
import io.leadflow.ingestion.application.port.out.LeadEventPublisher;
import io.leadflow.ingestion.domain.Contact;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.transaction.annotation.Transactional;

class UpsertContactService implements UpsertContactUseCase {

    private final ContactRepository contacts;
    private final LeadEventPublisher events;
    private final IdentityAttribution attribution;
    private final Clock clock;
    private final ConsentRecorder consent;

    UpsertContactService(
            ContactRepository contacts,
            LeadEventPublisher events,
            IdentityAttribution attribution,
            Clock clock,
            ConsentRecorder consent) {
        this.contacts = contacts;
        this.events = events;
        this.attribution = attribution;
        this.clock = clock;
        this.consent = consent;
    }

    @Override
    @Transactional
    public ContactView upsertContact(UpsertContactCommand command) {
        return apply(command, false).contact();
    }

    @Override
    @Transactional
    public FilledContact fillContact(UpsertContactCommand command) {
        return apply(command, true);
    }

    private FilledContact apply(UpsertContactCommand command, boolean fillOnly) {
        boolean created = !contacts.addAllIfAbsent(List.of(Contact.firstSeen(command.email())))
                .isEmpty();
        Contact current = contacts.findForUpdate(command.email()).orElseThrow();
        Set<String> kept = new TreeSet<>(fillOnly && !created ? current.overwrittenBy(command.changes()) : Set.of());
        // a withdrawn consent is honoured from every source, a browser key's too
        kept.removeIf(name ->
                name.startsWith("consent.") && "false".equals(command.changes().get(name)));
        Contact next = current.withChanges(command.changes(), kept);
        if (created || !next.attributes().equals(current.attributes())) {
            contacts.update(next);
            events.publish(LeadEvents.profile(next, clock.instant(), command.correlationId()));
            consent.recordProfile(
                    next.leadId(),
                    current.attributes(),
                    next.attributes(),
                    clock.instant(),
                    command.sourceApi(),
                    command.correlationId());
        }
        for (String identity : new TreeSet<>(command.identities())) {
            attribution.link(identity, next.leadId());
        }
        return new FilledContact(
                new ContactView(next.leadId().value(), next.email().value(), next.attributes(), created), kept);
    }
}
