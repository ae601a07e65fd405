package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.HandoffView;
import io.leadflow.handoff.application.port.in.RejectHandoffCommand;
import io.leadflow.handoff.application.port.in.RejectHandoffUseCase;
import io.leadflow.handoff.domain.Handoff;
import io.leadflow.handoff.domain.HandoffRejected;
import io.leadflow.handoff.domain.HandoffStatus;
import io.leadflow.handoff.domain.Rejection;
import io.leadflow.kernel.event.LeadRejectedEvent;
import java.time.Instant;
import org.springframework.transaction.annotation.Transactional;

class RejectHandoffService implements RejectHandoffUseCase {

    private final SalesDecisions decisions;

    RejectHandoffService(SalesDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    @Transactional
    public HandoffView rejectHandoff(RejectHandoffCommand command) {
        Handoff handoff = decisions.lockFor(command.handoffId(), command.actor());
        if (handoff.status() == HandoffStatus.REJECTED && handoff.rejection().reason() == command.reason()) {
            return decisions.view(handoff);
        }
        Instant now = decisions.now();
        HandoffRejected rejected = handoff.reject(command.reason(), command.note(), now);
        HandoffView view = decisions.save(rejected.handoff());
        Rejection rejection = rejected.rejection();
        decisions.publish(new LeadRejectedEvent(
                decisions.metadata(LeadRejectedEvent.TYPE, LeadRejectedEvent.VERSION, handoff, now),
                rejection.reason(),
                rejection.note(),
                rejection.rejectedBy().toString()));
        decisions.announceMove(
                handoff, rejected.from(), rejected.to(), rejection.reason().name(), now);
        decisions.metrics.decided("rejected");
        return view;
    }
}
