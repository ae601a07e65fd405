package io.leadflow.handoff.adapter.out.persistence;

import io.leadflow.handoff.application.port.out.ProcessedEvents;
import io.leadflow.handoff.application.port.out.ProcessedEventsContract;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcProcessedEventsContractIT extends ProcessedEventsContract {

    private final JdbcClient jdbc = ContractDatabase.empty();

    @Override
    protected ProcessedEvents processed() {
        return new JdbcProcessedEvents(jdbc);
    }
}
