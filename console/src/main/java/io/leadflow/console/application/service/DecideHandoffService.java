package io.leadflow.console.application.service;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.HandoffDetail;
import io.leadflow.console.application.port.in.DecideHandoffUseCase;
import io.leadflow.console.application.port.in.HandoffDecision;
import io.leadflow.console.application.port.out.HandoffApi;
import java.util.UUID;
import org.springframework.stereotype.Service;

@Service
class DecideHandoffService implements DecideHandoffUseCase {

    private final HandoffApi handoffs;

    DecideHandoffService(HandoffApi handoffs) {
        this.handoffs = handoffs;
    }

    @Override
    public HandoffDetail decide(Caller caller, UUID handoffId, HandoffDecision decision) {
        return handoffs.decide(caller, handoffId, decision);
    }
}
