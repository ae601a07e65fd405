package io.leadflow.scoring.application.service;

import io.leadflow.kernel.event.EventMetadata;
import io.leadflow.kernel.event.IntegrationEvent;
import io.leadflow.kernel.event.LeadQualifiedEvent;
import io.leadflow.kernel.event.LeadScoredEvent;
import io.leadflow.kernel.event.LeadStageChangedEvent;
import io.leadflow.kernel.event.PredictedLikelihood;
import io.leadflow.scoring.application.port.out.LeadEventPublisher;
import io.leadflow.scoring.application.port.out.LeadEventStore;
import io.leadflow.scoring.application.port.out.ScoringMetrics;
import io.leadflow.scoring.application.service.ScoringServices.Ports;
import io.leadflow.scoring.domain.Explanation;
import io.leadflow.scoring.domain.LeadQualified;
import io.leadflow.scoring.domain.LeadScore;
import io.leadflow.scoring.domain.LeadScoreEvent;
import io.leadflow.scoring.domain.LeadScored;
import io.leadflow.scoring.domain.StageChange;
import io.leadflow.scoring.domain.predictive.Likelihood;
import io.leadflow.scoring.domain.predictive.Reason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns what happened to a lead into the integration events the other services read: a score change into
 * {@code LeadScored}; a qualification into {@code LeadQualified} (reasons = the frozen explanation's lines, segment,
 * and the first touch's channel, source and campaign) and the {@code LeadStageChanged} that moves it to MQL, the
 * latter with the timeline entry's event id so that its echo on lead.lifecycle is recognised. A qualification
 * carries the lead's likelihood under each published predictive version with its top 3 reasons.
 */
final class OutgoingEvents {

    private final LeadEventPublisher publisher;
    private final ScoringMetrics metrics;
    private final PublishedLikelihoods likelihoods;
    private final LeadEventStore eventStore;

    OutgoingEvents(Ports ports) {
        this.publisher = ports.events();
        this.metrics = ports.metrics();
        this.likelihoods = ports.likelihoods();
        this.eventStore = ports.eventStore();
    }

    /** Publishes everything the lead collected since it was loaded; call inside the transaction that saves it. */
    void publishChanges(LeadScore lead, String correlationId, Instant now) {
        publisher.publishAll(changes(lead, correlationId, now));
    }

    /** Publishes announcements of several leads in one go; call inside the transaction that saves them. */
    void publishAll(List<IntegrationEvent> events) {
        if (!events.isEmpty()) {
            publisher.publishAll(events);
        }
    }

    /** What the lead collected since it was loaded, as integration events; publish them in the saving transaction. */
    List<IntegrationEvent> changes(LeadScore lead, String correlationId, Instant now) {
        List<IntegrationEvent> out = new ArrayList<>();
        for (LeadScoreEvent event : lead.pullEvents()) {
            switch (event) {
                case LeadScored scored -> {
                    out.add(new LeadScoredEvent(
                            EventMetadata.create(
                                    LeadScoredEvent.TYPE, LeadScoredEvent.VERSION, scored.leadId(), now, correlationId),
                            scored.modelId(),
                            scored.modelVersion(),
                            scored.score(),
                            scored.fitGrade().name(),
                            scored.engagementGrade()));
                    metrics.scored();
                }
                case LeadQualified qualified -> {
                    StageChange move = qualified.stageChange();
                    Explanation why = qualified.explanation();
                    out.add(new LeadStageChangedEvent(
                            new EventMetadata(
                                    move.eventId(),
                                    LeadStageChangedEvent.TYPE,
                                    LeadStageChangedEvent.VERSION,
                                    qualified.leadId().value(),
                                    move.occurredAt(),
                                    correlationId),
                            move.from(),
                            move.to(),
                            move.reason(),
                            move.actor()));
                    out.add(new LeadQualifiedEvent(
                            EventMetadata.create(
                                    LeadQualifiedEvent.TYPE,
                                    LeadQualifiedEvent.VERSION,
                                    qualified.leadId(),
                                    move.occurredAt(),
                                    correlationId),
                            why.modelId(),
                            why.modelVersion(),
                            why.score(),
                            why.fitGrade(),
                            why.engagementGrade(),
                            qualified.fastTrack(),
                            why.lines(),
                            why.segment(),
                            why.channel() == null ? null : why.channel().channel(),
                            why.channel() == null ? null : why.channel().source(),
                            why.channel() == null ? null : why.channel().campaign(),
                            lead.account().accountId().orElse(null),
                            lead.account().ownerRepId().orElse(null),
                            likelihoods.all(lead, () -> eventStore.history(lead.leadId()), now).stream()
                                    .map(OutgoingEvents::predicted)
                                    .toList()));
                    metrics.qualified(qualified.fastTrack());
                }
            }
        }
        return out;
    }

    private static PredictedLikelihood predicted(Likelihood likelihood) {
        return new PredictedLikelihood(
                likelihood.model(),
                likelihood.version(),
                likelihood.percent(),
                likelihood.reasons().stream().limit(3).map(Reason::text).toList());
    }
}
