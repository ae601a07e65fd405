package io.leadflow.ingestion.application.service;

import io.leadflow.ingestion.application.port.in.EngagementOutcome;
import io.leadflow.ingestion.application.port.in.RecordEngagementCommand;
import io.leadflow.ingestion.application.port.in.RecordEngagementsUseCase;
import io.leadflow.ingestion.application.port.in.RecordedEngagement;
import io.leadflow.ingestion.application.port.out.ContactRepository;
import io.leadflow.ingestion.application.port.out.EngagementLog;
import io.leadflow.ingestion.application.port.out.IngestionMetrics;
import io.leadflow.ingestion.application.port.out.LeadEventPublisher;
import io.leadflow.ingestion.domain.Contact;
import io.leadflow.ingestion.domain.Engagement;
import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.event.IntegrationEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records engagements set-wise: one look-up for known event ids, one for known contacts, one insert for the log and
 * one for the outbox, so that a batch of a thousand costs a handful of statements. Identities and e-mails are locked
 * in sorted order so that two batches never wait for each other in a circle.
 */
class RecordEngagementsService implements RecordEngagementsUseCase {

    private record Valid(int index, RecordEngagementCommand command, UUID eventId, EngagementTypes.Resolved type) {}

    private final ContactRepository contacts;
    private final EngagementLog log;
    private final LeadEventPublisher events;
    private final IdentityAttribution attribution;
    private final EngagementTypes types;
    private final IngestionMetrics metrics;
    private final IngestionSettings settings;
    private final Clock clock;
    private final ConsentRecorder consent;

    RecordEngagementsService(
            ContactRepository contacts,
            EngagementLog log,
            LeadEventPublisher events,
            IdentityAttribution attribution,
            EngagementTypes types,
            IngestionMetrics metrics,
            IngestionSettings settings,
            Clock clock,
            ConsentRecorder consent) {
        this.contacts = contacts;
        this.log = log;
        this.events = events;
        this.attribution = attribution;
        this.types = types;
        this.metrics = metrics;
        this.settings = settings;
        this.clock = clock;
        this.consent = consent;
    }

    @Override
    @Transactional
    public List<EngagementOutcome> recordEngagements(List<RecordEngagementCommand> commands) {
        Instant now = clock.instant();
        EngagementOutcome[] outcomes = new EngagementOutcome[commands.size()];
        List<Valid> valid = validate(commands, now, outcomes);
        List<UUID> given = valid.stream()
                .filter(v -> v.command().eventId() != null)
                .map(Valid::eventId)
                .toList();
        Map<UUID, Engagement> earlier = given.isEmpty() ? Map.of() : log.findAll(given);
        // the first item of each new event id; a later one under the same id is its repeat or refused
        Map<UUID, Valid> firstInBatch = new HashMap<>();
        List<Valid> fresh = new ArrayList<>();
        for (Valid v : valid) {
            if (!earlier.containsKey(v.eventId()) && firstInBatch.putIfAbsent(v.eventId(), v) == null) {
                fresh.add(v);
            }
        }
        Map<EmailAddress, Contact> repeaters = repeaters(valid, earlier);

        List<IntegrationEvent> outgoing = new ArrayList<>();
        Map<EmailAddress, Contact> people = people(fresh, now, outgoing);
        Map<String, Optional<LeadId>> identityLeads = identities(fresh, people);

        List<Engagement> toAppend = new ArrayList<>();
        Map<Valid, Engagement> built = new LinkedHashMap<>();
        for (Valid v : valid) {
            Engagement before = earlier.get(v.eventId());
            if (before != null) {
                Contact person = v.command().email() == null
                        ? null
                        : repeaters.get(v.command().email());
                outcomes[v.index()] = answerToRepeat(v, person == null ? null : person.leadId(), before);
                continue;
            }
            Valid first = firstInBatch.get(v.eventId());
            if (first != v) {
                if (!sameRequest(v, first)) {
                    outcomes[v.index()] = reused(v.eventId());
                }
                continue;
            }
            Engagement engagement = engagement(v, people, identityLeads);
            built.put(v, engagement);
            toAppend.add(engagement);
        }
        Set<UUID> appended = toAppend.isEmpty() ? Set.of() : log.appendAll(toAppend);
        List<UUID> lostRace = toAppend.stream()
                .map(Engagement::eventId)
                .filter(id -> !appended.contains(id))
                .toList();
        Map<UUID, Engagement> raced = lostRace.isEmpty() ? Map.of() : log.findAll(lostRace);
        Map<String, Integer> acceptedBySource = new TreeMap<>();
        for (Map.Entry<Valid, Engagement> entry : built.entrySet()) {
            Engagement e = entry.getValue();
            int index = entry.getKey().index();
            if (appended.contains(e.eventId())) {
                outcomes[index] = EngagementOutcome.recorded(new RecordedEngagement(e.eventId(), e.leadId(), false));
                acceptedBySource.merge(e.sourceApi(), 1, Integer::sum);
                if (e.isAttributed()) {
                    // what it withdraws goes on the suppression list (which outlives any nurture track) first
                    outgoing.add(LeadEvents.recorded(e, consent.recordWithdrawal(e)));
                }
            } else {
                // a concurrent request stored this id first: a repeat of it, or another engagement under its id
                Engagement winner = raced.get(e.eventId());
                outcomes[index] = winner == null
                        ? duplicate(e.eventId(), e.leadId())
                        : answerToRepeat(entry.getKey(), e.leadId(), winner);
            }
        }
        for (Valid v : valid) {
            if (outcomes[v.index()] == null) {
                EngagementOutcome first = outcomes[firstInBatch.get(v.eventId()).index()];
                outcomes[v.index()] = first.isRecorded()
                        ? duplicate(v.eventId(), first.recorded().leadId())
                        : first;
            }
        }
        events.publishAll(outgoing);
        acceptedBySource.forEach(metrics::accepted);
        return List.of(outcomes);
    }

    private List<Valid> validate(List<RecordEngagementCommand> commands, Instant now, EngagementOutcome[] outcomes) {
        List<Valid> valid = new ArrayList<>(commands.size());
        EngagementTypes.Catalogue catalogue = types.catalogue();
        for (int i = 0; i < commands.size(); i++) {
            RecordEngagementCommand c = RecordEngagementCommand.datedOnReceipt(commands.get(i), now);
            try {
                c.requireNotInFuture(now, settings.maxClockSkew());
                EngagementTypes.Resolved type = catalogue.resolve(c.type());
                valid.add(new Valid(i, c, c.eventId() != null ? c.eventId() : UUID.randomUUID(), type));
            } catch (InvalidValueException e) {
                outcomes[i] = EngagementOutcome.refused(e);
            }
        }
        return valid;
    }

    /** The contacts behind the e-mails, creating (and announcing) the ones seen for the first time. */
    private Map<EmailAddress, Contact> people(List<Valid> fresh, Instant now, List<IntegrationEvent> outgoing) {
        TreeSet<EmailAddress> emails = new TreeSet<>(Comparator.comparing(EmailAddress::value));
        fresh.stream().map(v -> v.command().email()).filter(e -> e != null).forEach(emails::add);
        if (emails.isEmpty()) {
            return Map.of();
        }
        Map<EmailAddress, Contact> known = new HashMap<>(contacts.findByEmails(emails));
        List<Contact> candidates = emails.stream()
                .filter(e -> !known.containsKey(e))
                .map(Contact::firstSeen)
                .toList();
        if (!candidates.isEmpty()) {
            List<Contact> added = contacts.addAllIfAbsent(candidates);
            String correlation = fresh.getFirst().command().correlationId();
            for (Contact contact : added) {
                known.put(contact.email(), contact);
                outgoing.add(LeadEvents.profile(contact, now, correlation));
            }
            List<EmailAddress> racedAway = candidates.stream()
                    .map(Contact::email)
                    .filter(e -> !known.containsKey(e))
                    .toList();
            if (!racedAway.isEmpty()) {
                known.putAll(contacts.findByEmails(racedAway));
            }
        }
        return known;
    }

    /**
     * Links the identities that came with an e-mail to its lead (attributing their waiting engagements), then finds
     * the lead of every identity that came alone. One pass in sorted order.
     */
    private Map<String, Optional<LeadId>> identities(List<Valid> fresh, Map<EmailAddress, Contact> people) {
        Map<String, LeadId> toLink = new TreeMap<>();
        TreeSet<String> all = new TreeSet<>();
        for (Valid v : fresh) {
            all.addAll(v.command().identities());
            if (v.command().email() != null) {
                LeadId lead = people.get(v.command().email()).leadId();
                v.command().identities().forEach(identity -> toLink.putIfAbsent(identity, lead));
            }
        }
        Map<String, Optional<LeadId>> leads = new HashMap<>();
        for (String identity : all) {
            LeadId lead = toLink.get(identity);
            if (lead != null) {
                attribution.link(identity, lead);
            }
            leads.put(identity, attribution.leadOf(identity));
        }
        return leads;
    }

    private static Engagement engagement(
            Valid v, Map<EmailAddress, Contact> people, Map<String, Optional<LeadId>> identityLeads) {
        RecordEngagementCommand c = v.command();
        LeadId lead = c.email() != null
                ? people.get(c.email()).leadId()
                : c.identities().stream()
                        .map(identityLeads::get)
                        .filter(Optional::isPresent)
                        .map(Optional::get)
                        .findFirst()
                        .orElse(null);
        String identity = c.identities().isEmpty() ? null : c.identities().getFirst();
        return new Engagement(
                v.eventId(),
                lead,
                identity,
                v.type().type(),
                v.type().customType(),
                c.channel(),
                c.occurredAt(),
                c.source(),
                c.campaign(),
                c.properties(),
                c.correlationId(),
                c.sourceApi(),
                c.apiKeyId(),
                c.consent());
    }

    /** The contacts of the e-mails that come again with an event id already in the log: one look-up, if any. */
    private Map<EmailAddress, Contact> repeaters(List<Valid> valid, Map<UUID, Engagement> earlier) {
        List<EmailAddress> emails = valid.stream()
                .filter(v -> earlier.containsKey(v.eventId()))
                .map(v -> v.command().email())
                .filter(e -> e != null)
                .distinct()
                .toList();
        return emails.isEmpty() ? Map.of() : contacts.findByEmails(emails);
    }

    /** An item whose event id is stored already: its repeat if it names the same type and person, else refused. */
    private static EngagementOutcome answerToRepeat(Valid v, LeadId lead, Engagement stored) {
        return stored.isRepeatedBy(
                        v.type().type(),
                        v.type().customType(),
                        lead,
                        v.command().identities())
                ? duplicate(v.eventId(), stored.leadId())
                : reused(v.eventId());
    }

    /** Two items of one batch under one event id: a repeat only if they name the same type and person. */
    private static boolean sameRequest(Valid a, Valid b) {
        return a.type().equals(b.type())
                && Objects.equals(a.command().email(), b.command().email())
                && a.command().identities().equals(b.command().identities());
    }

    private static EngagementOutcome reused(UUID eventId) {
        return EngagementOutcome.refused(new InvalidValueException(
                "eventId",
                "eventId.reused",
                "event id " + eventId
                        + " (given, or derived from the Idempotency-Key) was recorded for another engagement, of another "
                        + "type or person; a retry repeats the same type and person, a new engagement needs a new id"));
    }

    private static EngagementOutcome duplicate(UUID eventId, LeadId lead) {
        return EngagementOutcome.recorded(new RecordedEngagement(eventId, lead, true));
    }
}
