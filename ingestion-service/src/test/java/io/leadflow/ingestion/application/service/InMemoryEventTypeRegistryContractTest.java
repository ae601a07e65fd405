package io.leadflow.ingestion.application.service;

import io.leadflow.ingestion.application.port.out.EventTypeRegistry;
import io.leadflow.ingestion.application.port.out.EventTypeRegistryContract;

class InMemoryEventTypeRegistryContractTest extends EventTypeRegistryContract {

    private final InMemoryIngestionStore store = new InMemoryIngestionStore();

    @Override
    protected EventTypeRegistry types() {
        return store;
    }
}
