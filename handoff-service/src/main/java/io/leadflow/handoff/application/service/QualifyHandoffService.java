package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.HandoffView;
import io.leadflow.handoff.application.port.in.QualifyHandoffCommand;
import io.leadflow.handoff.application.port.in.QualifyHandoffUseCase;
import io.leadflow.handoff.domain.Handoff;
import io.leadflow.handoff.domain.HandoffStatus;
import io.leadflow.handoff.domain.StageMove;
import java.time.Instant;
import org.springframework.transaction.annotation.Transactional;

class QualifyHandoffService implements QualifyHandoffUseCase {

    static final String QUALIFIED = "qualified by sales (BANT)";

    private final SalesDecisions decisions;

    QualifyHandoffService(SalesDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    @Transactional
    public HandoffView qualifyHandoff(QualifyHandoffCommand command) {
        Handoff handoff = decisions.lockFor(command.handoffId(), command.actor());
        if (handoff.status() == HandoffStatus.QUALIFIED) {
            return decisions.view(handoff);
        }
        Instant now = decisions.now();
        StageMove move = handoff.qualify(command.bant(), now);
        HandoffView view = decisions.save(move.handoff());
        decisions.announceMove(handoff, move.from(), move.to(), QUALIFIED, now);
        decisions.metrics.decided("qualified");
        return view;
    }
}
