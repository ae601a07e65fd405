package io.leadflow.scoring.application.port.in;

/**
 * Keeps the amount a lead's deal stands at when a CRM changed it without moving the stage, so the funnel counts the
 * revenue the deal is worth now, not what it was first recorded at.
 */
public interface RecordDealAmountUseCase {

    void recordDealAmount(RecordDealAmountCommand command);
}
