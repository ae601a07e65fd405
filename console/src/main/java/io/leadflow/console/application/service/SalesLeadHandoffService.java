package io.leadflow.console.application.service;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.port.in.RegisterSalesLeadUseCase;
import io.leadflow.console.application.port.in.SalesLeadForm;
import io.leadflow.console.application.port.out.HandoffApi;
import java.util.UUID;
import org.springframework.stereotype.Service;

@Service
class SalesLeadHandoffService implements RegisterSalesLeadUseCase {

    private final HandoffApi handoffs;

    SalesLeadHandoffService(HandoffApi handoffs) {
        this.handoffs = handoffs;
    }

    @Override
    public UUID registerSalesLead(Caller caller, SalesLeadForm form) {
        return handoffs.registerSalesLead(caller, form);
    }
}
