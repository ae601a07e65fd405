package io.leadflow.handoff.application.port.in;

/**
 * Applies a CRM's deal update to the lead it names through the stage mapping, like a rep's outcome; keeps it in any
 * case, unmatched when the lead is not known or not yet qualified. A retried delivery answers as the first did.
 */
public interface RecordCrmDealUseCase {

    CrmDealView recordCrmDeal(RecordCrmDealCommand command);
}
