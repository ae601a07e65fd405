package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.out.ProcessedEvents;
import io.leadflow.handoff.application.port.out.ProcessedEventsContract;
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
