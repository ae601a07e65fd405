package io.leadflow.scoring.application.service;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.event.IntegrationEvent;
import io.leadflow.scoring.application.port.out.AccountQualifications;
import io.leadflow.scoring.application.port.out.LeadEventStore;
import io.leadflow.scoring.application.port.out.LeadScoreRepository;
import io.leadflow.scoring.application.port.out.ProcessedEvents;
import io.leadflow.scoring.application.port.out.ScoringModelRepository;
import io.leadflow.scoring.application.service.ScoringServices.Ports;
import io.leadflow.scoring.domain.Engagement;
import io.leadflow.scoring.domain.LeadScore;
import io.leadflow.scoring.domain.model.ScoringModel;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The one way every use case changes a lead: once per incoming event id, under the lead's row lock, with the state of
 * every published model present (built from the event store for a model published since the lead was last scored),
 * and when the lead changed, saved and announced in the same transaction, its account marked for the account-MQL
 * evaluator. The callers own that transaction.
 */
final class LeadChanges {

    private final LeadScoreRepository leads;
    private final LeadEventStore eventStore;
    private final ScoringModelRepository models;
    private final ProcessedEvents processed;
    private final OutgoingEvents outgoing;
    private final AccountQualifications qualifications;
    private final Clock clock;
    private final PublishedLikelihoods likelihoods;

    LeadChanges(Ports ports) {
        this.likelihoods = ports.likelihoods();
        this.qualifications = ports.qualifications();
        this.leads = ports.leads();
        this.eventStore = ports.eventStore();
        this.models = ports.models();
        this.processed = ports.processed();
        this.outgoing = new OutgoingEvents(ports);
        this.clock = ports.clock();
    }

    /**
     * Applies {@code change} to the lead unless the event was handled before (then: empty). The lead is saved and
     * its news published only when {@code changed} says the result changed it. A {@code newEvent} goes into the
     * event store first; states built from the store then leave it out, since the change adds it.
     */
    <R> Optional<R> once(
            UUID eventId,
            LeadId leadId,
            String correlationId,
            Engagement newEvent,
            BiFunction<LeadScore, Instant, R> change,
            Predicate<R> changed) {
        if (!processed.firstSeen(eventId, leadId.value())) {
            return Optional.empty();
        }
        return changeLocked(leadId, correlationId, newEvent, change, changed);
    }

    /**
     * Applies a change that no incoming event carries (a person's edit of the lead's account): like {@link #once}
     * without the event id, so a repeat applies again and {@code changed} must tell when nothing did.
     */
    <R> R apply(LeadId leadId, String correlationId, BiFunction<LeadScore, Instant, R> change, Predicate<R> changed) {
        return changeLocked(leadId, correlationId, null, change, changed).orElseThrow();
    }

    private <R> Optional<R> changeLocked(
            LeadId leadId,
            String correlationId,
            Engagement newEvent,
            BiFunction<LeadScore, Instant, R> change,
            Predicate<R> changed) {
        Instant now = clock.instant();
        LeadScore lead = leads.lock(leadId, models.published());
        if (newEvent != null && !eventStore.add(leadId, newEvent)) {
            return Optional.empty();
        }
        fillMissingStates(lead, newEvent == null ? Set.of() : Set.of(newEvent.eventId()));
        likelihoods.reads(eventStore, List.of(leadId), now).attach(lead);
        R result = change.apply(lead, now);
        if (changed.test(result)) {
            leads.save(lead);
            outgoing.publishChanges(lead, correlationId, now);
            AccountMarks.mark(qualifications, List.of(lead));
        }
        return Optional.of(result);
    }

    /**
     * Applies new engagements of any leads in the caller's transaction: each event id once, the leads locked together
     * (in id order), each lead built, changed, saved and announced once however many of its events arrived. Returns
     * how many events were applied; the others had been handled before.
     */
    int recordEngagements(List<NewEngagement> engagements) {
        Map<UUID, UUID> leadsByEvent = new LinkedHashMap<>();
        engagements.forEach(
                e -> leadsByEvent.put(e.event().eventId(), e.leadId().value()));
        Set<UUID> fresh = processed.firstSeen(leadsByEvent);
        Map<LeadId, List<NewEngagement>> byLead = new LinkedHashMap<>();
        engagements.stream()
                .filter(e -> fresh.remove(e.event().eventId()))
                .forEach(e -> byLead.computeIfAbsent(e.leadId(), id -> new ArrayList<>())
                        .add(e));
        if (byLead.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        Map<LeadId, LeadScore> locked = leads.lockAll(byLead.keySet(), models.published());
        Map<LeadId, List<Engagement>> events = new LinkedHashMap<>();
        byLead.forEach((id, list) ->
                events.put(id, list.stream().map(NewEngagement::event).toList()));
        Set<UUID> stored = eventStore.addAll(events);
        LikelihoodReads reads = likelihoods.reads(eventStore, byLead.keySet(), now);
        List<IntegrationEvent> news = new ArrayList<>();
        List<LeadScore> changed = new ArrayList<>();
        int applied = 0;
        for (Map.Entry<LeadId, List<NewEngagement>> entry : byLead.entrySet()) {
            List<NewEngagement> added = entry.getValue().stream()
                    .filter(e -> stored.contains(e.event().eventId()))
                    .toList();
            if (added.isEmpty()) {
                continue;
            }
            LeadScore lead = locked.get(entry.getKey());
            fillMissingStates(lead, added.stream().map(e -> e.event().eventId()).collect(Collectors.toSet()));
            reads.attach(lead);
            for (NewEngagement engagement : added) {
                lead.record(engagement.event(), now);
                news.addAll(outgoing.changes(lead, engagement.correlationId(), now));
            }
            changed.add(lead);
            applied += added.size();
        }
        leads.saveAll(changed);
        outgoing.publishAll(news);
        AccountMarks.mark(qualifications, changed);
        return applied;
    }

    /** An engagement to apply to its lead, with the correlation id its announcements carry. */
    record NewEngagement(LeadId leadId, Engagement event, String correlationId) {}

    /**
     * Builds the states of models published since the lead was last scored, from its stored events except the new
     * ones (the change adds those); the caller holds the lead's lock.
     */
    void fillMissingStates(LeadScore lead, Set<UUID> newEventIds) {
        List<ScoringModel> missing = lead.modelsWithoutState();
        if (missing.isEmpty()) {
            return;
        }
        List<Engagement> history = eventStore.history(lead.leadId()).stream()
                .filter(event -> !newEventIds.contains(event.eventId()))
                .toList();
        missing.forEach(model -> lead.rebuild(model, history));
    }

    OutgoingEvents outgoing() {
        return outgoing;
    }
}
