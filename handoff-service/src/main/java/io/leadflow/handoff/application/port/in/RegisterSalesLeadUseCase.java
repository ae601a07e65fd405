package io.leadflow.handoff.application.port.in;

/**
 * Creates a sales-generated lead at SAL, held by the calling rep (who must be a registered rep), with the decide
 * clock running, and announces its stage (NEW to SAL). Refused with 403 for a caller who is not a rep.
 */
public interface RegisterSalesLeadUseCase {

    HandoffView registerSalesLead(RegisterSalesLeadCommand command);
}
