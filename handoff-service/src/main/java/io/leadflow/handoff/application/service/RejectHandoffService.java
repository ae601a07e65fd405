package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.HandoffView;
import io.leadflow.handoff.application.port.in.NotFoundException;
import io.leadflow.handoff.application.port.in.RejectHandoffCommand;
import io.leadflow.handoff.application.port.in.RejectHandoffUseCase;
import io.leadflow.handoff.application.port.out.HandoffRepository;
import io.leadflow.handoff.application.port.out.LeadEventPublisher;
import io.leadflow.handoff.domain.Handoff;
import io.leadflow.handoff.domain.HandoffRejected;
import io.leadflow.handoff.domain.Rejection;
import io.leadflow.kernel.event.EventMetadata;
import io.leadflow.kernel.event.LeadRejectedEvent;
import io.leadflow.kernel.event.LeadStageChangedEvent;
import java.time.Clock;
import java.time.Instant;
import org.springframework.transaction.annotation.Transactional;

class RejectHandoffService implements RejectHandoffUseCase {

    private final HandoffRepository handoffs;
    private final LeadEventPublisher events;
    private final HandoffViews views;
    private final Clock clock;

    RejectHandoffService(HandoffRepository handoffs, LeadEventPublisher events, HandoffViews views, Clock clock) {
        this.handoffs = handoffs;
        this.events = events;
        this.views = views;
        this.clock = clock;
    }

    @Override
    @Transactional
    public HandoffView rejectHandoff(RejectHandoffCommand command) {
        Handoff handoff = handoffs.lock(command.handoffId())
                .orElseThrow(() -> new NotFoundException("hand-off", command.handoffId()));
        Instant now = clock.instant();
        HandoffRejected rejected = handoff.reject(command.reason(), command.note(), now);
        handoffs.save(rejected.handoff());
        Rejection rejection = rejected.rejection();
        String correlationId = handoff.qualification().correlationId();
        events.publish(new LeadRejectedEvent(
                EventMetadata.create(LeadRejectedEvent.TYPE, LeadRejectedEvent.VERSION, handoff.leadId(), now,
                        correlationId),
                rejection.reason(), rejection.note(), rejection.rejectedBy().toString()));
        events.publish(new LeadStageChangedEvent(
                EventMetadata.create(LeadStageChangedEvent.TYPE, LeadStageChangedEvent.VERSION, handoff.leadId(), now,
                        correlationId),
                rejected.from(), rejected.to(), rejection.reason().name(), HandoffServices.ACTOR));
        return views.of(rejected.handoff());
    }
}
