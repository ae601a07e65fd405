package io.leadflow.ingestion.application.service;

import io.leadflow.ingestion.application.port.out.ContactRepository;
import io.leadflow.ingestion.application.port.out.EngagementLog;
import io.leadflow.ingestion.application.port.out.LeadEventPublisher;
import io.leadflow.ingestion.domain.Contact;
import io.leadflow.ingestion.domain.Engagement;
import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.event.IntegrationEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** In-memory fakes of ingestion's driven ports, for use-case tests without a database or a broker. */
final class InMemoryIngestionStore implements ContactRepository, EngagementLog, LeadEventPublisher {

    final Map<EmailAddress, Contact> contacts = new HashMap<>();
    final Map<UUID, Engagement> engagements = new LinkedHashMap<>();
    final List<IntegrationEvent> published = new ArrayList<>();

    @Override
    public Optional<Contact> findByEmail(EmailAddress email) {
        return Optional.ofNullable(contacts.get(email));
    }

    @Override
    public Contact addIfAbsent(Contact candidate) {
        return contacts.computeIfAbsent(candidate.email(), e -> candidate);
    }

    @Override
    public boolean append(Engagement engagement) {
        return engagements.putIfAbsent(engagement.eventId(), engagement) == null;
    }

    @Override
    public Optional<Engagement> find(UUID eventId) {
        return Optional.ofNullable(engagements.get(eventId));
    }

    @Override
    public void publish(IntegrationEvent event) {
        published.add(event);
    }
}
