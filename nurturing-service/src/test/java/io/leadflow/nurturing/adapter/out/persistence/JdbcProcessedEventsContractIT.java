package io.leadflow.nurturing.adapter.out.persistence;

import io.leadflow.nurturing.application.port.out.ProcessedEvents;
import io.leadflow.nurturing.application.port.out.ProcessedEventsContract;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcProcessedEventsContractIT extends ProcessedEventsContract {

    private final JdbcClient jdbc = ContractDatabase.fresh();

    @Override
    protected ProcessedEvents processed() {
        return new JdbcProcessedEvents(jdbc);
    }
}
