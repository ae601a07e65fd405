package io.leadflow.scoring.adapter.out.persistence;

import io.leadflow.scoring.application.port.out.ProcessedEvents;
import io.leadflow.scoring.application.port.out.ProcessedEventsContract;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcProcessedEventsContractIT extends ProcessedEventsContract {

    private final ProcessedEvents processed = new JdbcProcessedEvents(JdbcClient.create(ContractDatabase.empty()));

    @Override
    protected ProcessedEvents processed() {
        return processed;
    }
}
