package io.leadflow.ingestion.application.service;

import io.leadflow.ingestion.application.port.in.RecordEngagementCommand;
import io.leadflow.ingestion.application.port.in.RecordEngagementUseCase;
import io.leadflow.ingestion.application.port.in.RecordedEngagement;
import io.leadflow.ingestion.application.port.out.ContactRepository;
import io.leadflow.ingestion.application.port.out.EngagementLog;
import io.leadflow.ingestion.application.port.out.LeadEventPublisher;
import io.leadflow.ingestion.domain.Contact;
import io.leadflow.ingestion.domain.Engagement;
import io.leadflow.kernel.event.EngagementRecordedEvent;
import io.leadflow.kernel.event.EventMetadata;
import io.leadflow.kernel.event.ProfileAttributes;
import io.leadflow.kernel.event.ProfileChangedEvent;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.transaction.annotation.Transactional;

class RecordEngagementService implements RecordEngagementUseCase {

    private final ContactRepository contacts;
    private final EngagementLog log;
    private final LeadEventPublisher events;
    private final Clock clock;

    RecordEngagementService(ContactRepository contacts, EngagementLog log, LeadEventPublisher events, Clock clock) {
        this.contacts = contacts;
        this.log = log;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public RecordedEngagement recordEngagement(RecordEngagementCommand command) {
        command.requireNotInFuture(clock.instant());
        UUID eventId = command.eventId() != null ? command.eventId() : UUID.randomUUID();
        var earlier = log.find(eventId);
        if (earlier.isPresent()) {
            return new RecordedEngagement(eventId, earlier.get().leadId(), true);
        }
        Contact contact = resolve(command);
        Engagement engagement = new Engagement(eventId, contact.leadId(), command.type(), command.channel(),
                command.occurredAt(), command.source(), command.campaign(), command.properties());
        if (!log.append(engagement)) {
            return new RecordedEngagement(eventId, log.find(eventId).orElseThrow().leadId(), true);
        }
        events.publish(new EngagementRecordedEvent(
                new EventMetadata(eventId, EngagementRecordedEvent.TYPE, EngagementRecordedEvent.VERSION,
                        contact.leadId().value(), command.occurredAt(), command.correlationId()),
                engagement.type(), null, engagement.channel(), engagement.source(), engagement.campaign(),
                engagement.properties()));
        return new RecordedEngagement(eventId, contact.leadId(), false);
    }

    private Contact resolve(RecordEngagementCommand command) {
        var known = contacts.findByEmail(command.email());
        if (known.isPresent()) {
            return known.get();
        }
        Contact candidate = Contact.firstSeen(command.email());
        Contact stored = contacts.addIfAbsent(candidate);
        if (stored.equals(candidate)) {
            events.publish(new ProfileChangedEvent(
                    EventMetadata.create(ProfileChangedEvent.TYPE, ProfileChangedEvent.VERSION, stored.leadId(),
                            clock.instant(), command.correlationId()),
                    stored.email().value(),
                    Map.of(ProfileAttributes.COMPANY_DOMAIN, stored.email().domain(),
                            ProfileAttributes.FREE_MAIL, Boolean.toString(stored.email().isFreeMail()))));
        }
        return stored;
    }
}
