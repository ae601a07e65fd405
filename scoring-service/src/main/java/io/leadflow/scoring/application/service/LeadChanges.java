package io.leadflow.scoring.application.service;

import io.leadflow.kernel.LeadId;
import io.leadflow.scoring.application.port.out.LeadEventStore;
import io.leadflow.scoring.application.port.out.LeadScoreRepository;
import io.leadflow.scoring.application.port.out.ProcessedEvents;
import io.leadflow.scoring.application.port.out.ScoringModelRepository;
import io.leadflow.scoring.domain.Engagement;
import io.leadflow.scoring.domain.LeadScore;
import io.leadflow.scoring.domain.model.ScoringModel;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * The one way every use case changes a lead: once per incoming event id, under the lead's row lock, with the state of
 * every published model present (built from the event store for a model published since the lead was last scored),
 * and when the lead changed, saved and announced in the same transaction. The callers own that transaction.
 */
final class LeadChanges {

    private final LeadScoreRepository leads;
    private final LeadEventStore eventStore;
    private final ScoringModelRepository models;
    private final ProcessedEvents processed;
    private final OutgoingEvents outgoing;
    private final Clock clock;

    LeadChanges(Ports ports) {
        this.leads = ports.leads();
        this.eventStore = ports.eventStore();
        this.models = ports.models();
        this.processed = ports.processed();
        this.outgoing = new OutgoingEvents(ports.events(), ports.metrics());
        this.clock = ports.clock();
    }

    /**
     * Applies {@code change} to the lead unless the event was handled before (then: empty). The lead is saved and
     * its news published only when {@code changed} says the result changed it. A {@code newEvent} goes into the
     * event store first; states built from the store then leave it out, since the change adds it.
     */
    <R> Optional<R> once(UUID eventId, LeadId leadId, String correlationId, Engagement newEvent,
            BiFunction<LeadScore, Instant, R> change, Predicate<R> changed) {
        if (!processed.firstSeen(eventId)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        LeadScore lead = leads.lock(leadId, models.published());
        if (newEvent != null && !eventStore.add(leadId, newEvent)) {
            return Optional.empty();
        }
        fillMissingStates(lead, newEvent);
        R result = change.apply(lead, now);
        if (changed.test(result)) {
            leads.save(lead);
            outgoing.publishChanges(lead, correlationId, now);
        }
        return Optional.of(result);
    }

    /** Builds the states of models published since the lead was last scored; the caller holds the lead's lock. */
    void fillMissingStates(LeadScore lead, Engagement newEvent) {
        List<ScoringModel> missing = lead.modelsWithoutState();
        if (missing.isEmpty()) {
            return;
        }
        List<Engagement> history = eventStore.history(lead.leadId()).stream()
                .filter(event -> newEvent == null || !event.eventId().equals(newEvent.eventId()))
                .toList();
        missing.forEach(model -> lead.rebuild(model, history));
    }

    OutgoingEvents outgoing() {
        return outgoing;
    }
}
