package io.leadflow.scoring.application.service;

import io.leadflow.scoring.application.port.out.ProcessedEvents;
import io.leadflow.scoring.application.port.out.ProcessedEventsContract;
import java.util.UUID;

class InMemoryProcessedEventsContractTest extends ProcessedEventsContract {

    private final InMemoryProcessedEvents processed = new InMemoryProcessedEvents();

    @Override
    protected ProcessedEvents processed() {
        return processed;
    }

    @Override
    protected void erase(UUID leadId) {
        processed.erased.add(leadId);
    }
}
