package io.leadflow.ingestion.application.service;

import io.leadflow.ingestion.application.port.in.ImportJobView.RowError;
import io.leadflow.ingestion.application.port.out.ContactRepository;
import io.leadflow.ingestion.application.port.out.EngagementLog;
import io.leadflow.ingestion.application.port.out.EventTypeRegistry;
import io.leadflow.ingestion.application.port.out.IdentityLinks;
import io.leadflow.ingestion.application.port.out.ImportJobs;
import io.leadflow.ingestion.application.port.out.ImportRows;
import io.leadflow.ingestion.application.port.out.IngestionMetrics;
import io.leadflow.ingestion.application.port.out.LeadEventPublisher;
import io.leadflow.ingestion.application.port.out.SuppressionList;
import io.leadflow.ingestion.domain.Contact;
import io.leadflow.ingestion.domain.CustomEventType;
import io.leadflow.ingestion.domain.Engagement;
import io.leadflow.ingestion.domain.ImportJob;
import io.leadflow.ingestion.domain.Suppression;
import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.event.IntegrationEvent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/** In-memory fakes of ingestion's driven ports, for use-case tests without a database or a broker. */
final class InMemoryIngestionStore
        implements ContactRepository,
                EngagementLog,
                LeadEventPublisher,
                IdentityLinks,
                EventTypeRegistry,
                ImportJobs,
                IngestionMetrics,
                SuppressionList {

    final Map<EmailAddress, Contact> contacts = new HashMap<>();
    final Map<UUID, Engagement> engagements = new LinkedHashMap<>();
    final List<IntegrationEvent> published = new ArrayList<>();
    final Map<String, LeadId> links = new HashMap<>();
    final Map<String, CustomEventType> types = new TreeMap<>();
    final Map<UUID, ImportJob> jobs = new LinkedHashMap<>();
    final Map<UUID, TreeMap<Integer, ImportRows.Row>> files = new HashMap<>();
    final Map<UUID, List<RowError>> errors = new HashMap<>();
    final Map<String, Integer> accepted = new TreeMap<>();
    final List<String> rejected = new ArrayList<>();
    final Map<LeadId, Suppression> suppressions = new HashMap<>();

    IngestionServices.Ports ports(IngestionSettings settings, Clock clock) {
        return new IngestionServices.Ports(
                this, this, this, this, this, this, new InMemoryCsvRows(), this, clock, settings, this);
    }

    @Override
    public Optional<Contact> findByEmail(EmailAddress email) {
        return Optional.ofNullable(contacts.get(email));
    }

    @Override
    public Optional<Contact> findByLeadId(LeadId lead) {
        return contacts.values().stream().filter(c -> c.leadId().equals(lead)).findFirst();
    }

    @Override
    public Map<EmailAddress, Contact> findByEmails(Collection<EmailAddress> emails) {
        Map<EmailAddress, Contact> found = new HashMap<>();
        emails.forEach(e -> findByEmail(e).ifPresent(c -> found.put(e, c)));
        return found;
    }

    @Override
    public List<Contact> addAllIfAbsent(List<Contact> candidates) {
        List<Contact> added = new ArrayList<>();
        candidates.forEach(c -> {
            if (contacts.putIfAbsent(c.email(), c) == null) {
                added.add(c);
            }
        });
        return added;
    }

    @Override
    public Optional<Contact> findForUpdate(EmailAddress email) {
        return findByEmail(email);
    }

    @Override
    public void update(Contact contact) {
        contacts.put(contact.email(), contact);
    }

    @Override
    public boolean exists(LeadId lead) {
        return contacts.values().stream().anyMatch(c -> c.leadId().equals(lead));
    }

    @Override
    public Set<UUID> appendAll(List<Engagement> list) {
        Set<UUID> appended = new HashSet<>();
        list.forEach(e -> {
            if (engagements.putIfAbsent(e.eventId(), e) == null) {
                appended.add(e.eventId());
            }
        });
        return appended;
    }

    @Override
    public Map<UUID, Engagement> findAll(Collection<UUID> eventIds) {
        Map<UUID, Engagement> found = new HashMap<>();
        eventIds.forEach(id -> Optional.ofNullable(engagements.get(id)).ifPresent(e -> found.put(id, e)));
        return found;
    }

    @Override
    public List<Engagement> attributePending(String identity, LeadId lead) {
        List<Engagement> attributed = new ArrayList<>();
        engagements.replaceAll((id, e) -> {
            if (!e.isAttributed() && identity.equals(e.identity())) {
                Engagement now = e.attributedTo(lead);
                attributed.add(now);
                return now;
            }
            return e;
        });
        return attributed;
    }

    @Override
    public List<Engagement> ofLead(LeadId lead, long offset, int limit) {
        return engagements.values().stream()
                .filter(e -> lead.equals(e.leadId()))
                .sorted(Comparator.comparing(Engagement::occurredAt).reversed())
                .skip(offset)
                .limit(limit)
                .toList();
    }

    @Override
    public long countOfLead(LeadId lead) {
        return engagements.values().stream()
                .filter(e -> lead.equals(e.leadId()))
                .count();
    }

    @Override
    public void publish(IntegrationEvent event) {
        published.add(event);
    }

    @Override
    public Optional<LeadId> lockAndFind(String identity) {
        return Optional.ofNullable(links.get(identity));
    }

    @Override
    public boolean link(String identity, LeadId lead) {
        return links.putIfAbsent(identity, lead) == null;
    }

    @Override
    public boolean add(CustomEventType type) {
        return types.putIfAbsent(type.name(), type) == null;
    }

    @Override
    public boolean remove(String name) {
        return types.remove(name) != null;
    }

    @Override
    public List<CustomEventType> all() {
        return List.copyOf(types.values());
    }

    @Override
    public Set<String> names() {
        return Set.copyOf(types.keySet());
    }

    @Override
    public void create(ImportJob job) {
        jobs.put(job.id(), job);
    }

    @Override
    public void addRows(UUID id, int firstIndex, List<ImportRows.Row> rows) {
        TreeMap<Integer, ImportRows.Row> staged = files.computeIfAbsent(id, k -> new TreeMap<>());
        for (int i = 0; i < rows.size(); i++) {
            staged.put(firstIndex + i, rows.get(i));
        }
    }

    @Override
    public List<ImportRows.Row> rows(UUID id, int from, int max) {
        return files.getOrDefault(id, new TreeMap<>()).tailMap(from).values().stream()
                .limit(max)
                .toList();
    }

    @Override
    public Optional<ImportJob> find(UUID id) {
        return Optional.ofNullable(jobs.get(id));
    }

    @Override
    public List<RowError> errors(UUID id, int limit) {
        return errors.getOrDefault(id, List.of()).stream()
                .sorted(Comparator.comparingLong(RowError::line))
                .limit(limit)
                .toList();
    }

    /** The oldest open job, like the database's queue. */
    @Override
    public Optional<ImportJob> claimNext() {
        return jobs.values().stream().filter(j -> !j.isFinished()).min(Comparator.comparing(ImportJob::createdAt));
    }

    @Override
    public void saveProgress(ImportJob job) {
        jobs.put(job.id(), job);
        files.getOrDefault(job.id(), new TreeMap<>()).headMap(job.doneRows()).clear();
    }

    /** A line's error is kept once: a repeated chunk reports its rows again. */
    @Override
    public void addErrors(UUID id, List<RowError> rowErrors) {
        List<RowError> kept = errors.computeIfAbsent(id, k -> new ArrayList<>());
        rowErrors.forEach(e -> {
            if (kept.stream().noneMatch(k -> k.line() == e.line())) {
                kept.add(e);
            }
        });
    }

    @Override
    public void accepted(String sourceApi, int count) {
        accepted.merge(sourceApi, count, Integer::sum);
    }

    @Override
    public void rejected(String rule) {
        rejected.add(rule);
    }

    @Override
    public Optional<Suppression> find(LeadId lead) {
        return Optional.ofNullable(suppressions.get(lead));
    }

    @Override
    public Suppression findForUpdate(LeadId lead) {
        return suppressions.getOrDefault(lead, Suppression.none(lead));
    }

    @Override
    public void save(Suppression suppression) {
        suppressions.put(suppression.lead(), suppression);
    }
}
