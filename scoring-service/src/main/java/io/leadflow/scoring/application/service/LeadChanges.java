package io.leadflow.scoring.application.service;

import io.leadflow.kernel.LeadId;
import io.leadflow.scoring.application.port.out.LeadEventPublisher;
import io.leadflow.scoring.application.port.out.LeadScoreRepository;
import io.leadflow.scoring.application.port.out.ProcessedEvents;
import io.leadflow.scoring.domain.LeadScore;
import io.leadflow.scoring.domain.ScoringModel;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * The one way every use case changes a lead: once per incoming event id, under the lead's row lock, and when the
 * lead changed, saved and announced in the same transaction. The callers own that transaction.
 */
final class LeadChanges {

    private final LeadScoreRepository leads;
    private final ProcessedEvents processed;
    private final OutgoingEvents outgoing;
    private final ScoringModel model;
    private final Clock clock;

    LeadChanges(LeadScoreRepository leads, ProcessedEvents processed, LeadEventPublisher events, ScoringModel model,
            Clock clock) {
        this.leads = leads;
        this.processed = processed;
        this.outgoing = new OutgoingEvents(events);
        this.model = model;
        this.clock = clock;
    }

    /**
     * Applies {@code change} to the lead unless the event was handled before (then: empty). The lead is saved and
     * its news published only when {@code changed} says the result changed it.
     */
    <R> Optional<R> once(UUID eventId, LeadId leadId, String correlationId,
            BiFunction<LeadScore, Instant, R> change, Predicate<R> changed) {
        if (!processed.firstSeen(eventId)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        LeadScore lead = leads.lock(leadId, model);
        R result = change.apply(lead, now);
        if (changed.test(result)) {
            leads.save(lead);
            outgoing.publishChanges(lead, correlationId, now);
        }
        return Optional.of(result);
    }
}
