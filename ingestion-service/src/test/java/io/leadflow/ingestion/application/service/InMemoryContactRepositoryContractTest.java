package io.leadflow.ingestion.application.service;

import io.leadflow.ingestion.application.port.out.ContactRepository;
import io.leadflow.ingestion.application.port.out.ContactRepositoryContract;

class InMemoryContactRepositoryContractTest extends ContactRepositoryContract {

    private final InMemoryIngestionStore store = new InMemoryIngestionStore();

    @Override
    protected ContactRepository contacts() {
        return store;
    }
}
