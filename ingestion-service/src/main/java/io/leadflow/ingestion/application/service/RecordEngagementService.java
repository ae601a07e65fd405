package io.leadflow.ingestion.application.service;

import io.leadflow.ingestion.application.port.in.EngagementOutcome;
import io.leadflow.ingestion.application.port.in.RecordEngagementCommand;
import io.leadflow.ingestion.application.port.in.RecordEngagementUseCase;
import io.leadflow.ingestion.application.port.in.RecordEngagementsUseCase;
import io.leadflow.ingestion.application.port.in.RecordedEngagement;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;

/** One engagement is a batch of one; a refusal is thrown, so the caller gets a problem answer. */
class RecordEngagementService implements RecordEngagementUseCase {

    private final RecordEngagementsUseCase batch;

    RecordEngagementService(RecordEngagementsUseCase batch) {
        this.batch = batch;
    }

    @Override
    @Transactional
    public RecordedEngagement recordEngagement(RecordEngagementCommand command) {
        EngagementOutcome outcome = batch.recordEngagements(List.of(command)).getFirst();
        if (!outcome.isRecorded()) {
            throw outcome.refusal();
        }
        return outcome.recorded();
    }
}
