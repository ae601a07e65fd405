package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.AcceptHandoffCommand;
import io.leadflow.handoff.application.port.in.AcceptHandoffUseCase;
import io.leadflow.handoff.application.port.in.HandoffView;
import io.leadflow.handoff.domain.Handoff;
import io.leadflow.handoff.domain.HandoffAccepted;
import io.leadflow.handoff.domain.HandoffStatus;
import java.time.Instant;
import org.springframework.transaction.annotation.Transactional;

class AcceptHandoffService implements AcceptHandoffUseCase {

    static final String ACCEPTED = "accepted by sales";

    private final SalesDecisions decisions;

    AcceptHandoffService(SalesDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    @Transactional
    public HandoffView acceptHandoff(AcceptHandoffCommand command) {
        Handoff handoff = decisions.lockFor(command.handoffId(), command.actor());
        if (handoff.status() == HandoffStatus.ACCEPTED) {
            return decisions.view(handoff);
        }
        Instant now = decisions.now();
        HandoffAccepted accepted = handoff.accept(now);
        Handoff clocked =
                decisions.sla == null ? accepted.handoff() : decisions.sla.startDecide(accepted.handoff(), now);
        HandoffView view = decisions.save(clocked);
        decisions.announceMove(handoff, accepted.from(), accepted.to(), ACCEPTED, now);
        decisions.metrics.decided("accepted");
        return view;
    }
}
