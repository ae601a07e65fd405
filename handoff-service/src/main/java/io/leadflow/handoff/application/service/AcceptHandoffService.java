package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.AcceptHandoffCommand;
import io.leadflow.handoff.application.port.in.AcceptHandoffUseCase;
import io.leadflow.handoff.application.port.in.HandoffView;
import io.leadflow.handoff.application.port.in.NotFoundException;
import io.leadflow.handoff.application.port.out.HandoffRepository;
import io.leadflow.handoff.application.port.out.LeadEventPublisher;
import io.leadflow.handoff.domain.Handoff;
import io.leadflow.handoff.domain.HandoffAccepted;
import io.leadflow.kernel.event.EventMetadata;
import io.leadflow.kernel.event.LeadStageChangedEvent;
import java.time.Clock;
import java.time.Instant;
import org.springframework.transaction.annotation.Transactional;

class AcceptHandoffService implements AcceptHandoffUseCase {

    static final String ACCEPTED = "accepted by sales";

    private final HandoffRepository handoffs;
    private final LeadEventPublisher events;
    private final HandoffViews views;
    private final Clock clock;

    AcceptHandoffService(HandoffRepository handoffs, LeadEventPublisher events, HandoffViews views, Clock clock) {
        this.handoffs = handoffs;
        this.events = events;
        this.views = views;
        this.clock = clock;
    }

    @Override
    @Transactional
    public HandoffView acceptHandoff(AcceptHandoffCommand command) {
        Handoff handoff = handoffs.lock(command.handoffId())
                .orElseThrow(() -> new NotFoundException("hand-off", command.handoffId()));
        Instant now = clock.instant();
        HandoffAccepted accepted = handoff.accept(now);
        handoffs.save(accepted.handoff());
        events.publish(new LeadStageChangedEvent(
                EventMetadata.create(LeadStageChangedEvent.TYPE, LeadStageChangedEvent.VERSION, handoff.leadId(), now,
                        handoff.qualification().correlationId()),
                accepted.from(), accepted.to(), ACCEPTED, HandoffServices.ACTOR));
        return views.of(accepted.handoff());
    }
}
