package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.out.ProcessedEvents;
import io.leadflow.handoff.application.port.out.ProcessedEventsContract;

class FakeProcessedContractTest extends ProcessedEventsContract {

    private final Fakes.Processed processed = new Fakes.Processed();

    @Override
    protected ProcessedEvents processed() {
        return processed;
    }
}
