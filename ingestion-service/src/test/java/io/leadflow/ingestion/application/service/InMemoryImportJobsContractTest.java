package io.leadflow.ingestion.application.service;

import io.leadflow.ingestion.application.port.out.ImportJobs;
import io.leadflow.ingestion.application.port.out.ImportJobsContract;

class InMemoryImportJobsContractTest extends ImportJobsContract {

    private final InMemoryIngestionStore store = new InMemoryIngestionStore();

    @Override
    protected ImportJobs jobs() {
        return store;
    }
}
