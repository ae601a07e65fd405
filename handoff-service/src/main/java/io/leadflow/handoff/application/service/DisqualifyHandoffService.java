package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.DisqualifyHandoffCommand;
import io.leadflow.handoff.application.port.in.DisqualifyHandoffUseCase;
import io.leadflow.handoff.application.port.in.HandoffView;
import io.leadflow.handoff.domain.Handoff;
import io.leadflow.handoff.domain.HandoffStatus;
import io.leadflow.handoff.domain.StageMove;
import java.time.Instant;
import org.springframework.transaction.annotation.Transactional;

class DisqualifyHandoffService implements DisqualifyHandoffUseCase {

    private final SalesDecisions decisions;

    DisqualifyHandoffService(SalesDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    @Transactional
    public HandoffView disqualifyHandoff(DisqualifyHandoffCommand command) {
        Handoff handoff = decisions.lockFor(command.handoffId(), command.actor());
        if (handoff.status() == HandoffStatus.DISQUALIFIED) {
            return decisions.view(handoff);
        }
        Instant now = decisions.now();
        StageMove move = handoff.disqualify(command.reason(), command.actor().user(), now);
        HandoffView view = decisions.save(move.handoff());
        decisions.announceMove(handoff, move.from(), move.to(), "disqualified: " + command.reason(), now);
        decisions.metrics.decided("disqualified");
        return view;
    }
}
