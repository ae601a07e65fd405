package io.leadflow.console.application.port.in;

import io.leadflow.console.application.Caller;
import java.util.UUID;

/** A rep enters a person they met: the hand-off service opens it at SAL in their hands; answers the hand-off's id. */
public interface RegisterSalesLeadUseCase {

    UUID registerSalesLead(Caller caller, SalesLeadForm form);
}
