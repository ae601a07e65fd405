package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.HandoffView;
import io.leadflow.handoff.application.port.in.NotFoundException;
import io.leadflow.handoff.application.port.out.HandoffRepository;
import io.leadflow.handoff.application.port.out.LeadEventPublisher;
import io.leadflow.handoff.domain.Handoff;
import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.kernel.event.EventMetadata;
import io.leadflow.kernel.event.IntegrationEvent;
import io.leadflow.kernel.event.LeadStageChangedEvent;
import java.time.Clock;
import java.time.Instant;

/**
 * What every sales decision (accept, reject) does around the decision itself: lock the hand-off or answer not
 * found, store the decided hand-off, and announce the lead's move under the qualification's correlation id. The
 * callers own the transaction.
 */
final class SalesDecisions {

    private final HandoffRepository handoffs;
    private final LeadEventPublisher events;
    private final HandoffViews views;
    private final Clock clock;

    SalesDecisions(HandoffRepository handoffs, LeadEventPublisher events, HandoffViews views, Clock clock) {
        this.handoffs = handoffs;
        this.events = events;
        this.views = views;
        this.clock = clock;
    }

    Handoff lock(HandoffId id) {
        return handoffs.lock(id).orElseThrow(() -> new NotFoundException("hand-off", id));
    }

    Instant now() {
        return clock.instant();
    }

    HandoffView save(Handoff decided) {
        handoffs.save(decided);
        return views.of(decided);
    }

    EventMetadata metadata(String type, int version, Handoff handoff, Instant now) {
        return EventMetadata.create(type, version, handoff.leadId(), now, handoff.qualification().correlationId());
    }

    void publish(IntegrationEvent event) {
        events.publish(event);
    }

    void announceMove(Handoff handoff, LifecycleStage from, LifecycleStage to, String reason, Instant now) {
        events.publish(new LeadStageChangedEvent(
                metadata(LeadStageChangedEvent.TYPE, LeadStageChangedEvent.VERSION, handoff, now),
                from, to, reason, HandoffServices.ACTOR));
    }
}
