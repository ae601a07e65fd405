package io.leadflow.scoring.application.port.in;

/**
 * Brings a recycled lead back to MQL (RECYCLED to MQL is scoring's move) and tells hand-off with a qualification
 * whose reasons say it came back from nurturing. A lead in another stage is left alone and the outcome says so.
 */
public interface RecycleLeadUseCase {

    RecycleOutcome recycleLead(RecycleLeadCommand command);
}
