package io.leadflow.scoring.application.port.in;

/**
 * Keeps the complete stage timeline of every lead, whoever moved it, so scoring can serve the lead's view and knows
 * which leads may still qualify. The current stage is where the latest move led, whatever the arrival order.
 */
public interface RecordStageChangeUseCase {

    void recordStageChange(RecordStageChangeCommand command);
}
