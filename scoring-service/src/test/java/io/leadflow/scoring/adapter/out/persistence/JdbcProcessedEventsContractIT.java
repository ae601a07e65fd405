package io.leadflow.scoring.adapter.out.persistence;

import io.leadflow.scoring.application.port.out.ProcessedEvents;
import io.leadflow.scoring.application.port.out.ProcessedEventsContract;
import io.leadflow.support.idempotency.ErasedLeads;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcProcessedEventsContractIT extends ProcessedEventsContract {

    private final JdbcClient jdbc = JdbcClient.create(ContractDatabase.empty());

    private final ProcessedEvents processed = new JdbcProcessedEvents(jdbc, new SimpleMeterRegistry());

    @Override
    protected ProcessedEvents processed() {
        return processed;
    }

    @Override
    protected void erase(UUID leadId) {
        new ErasedLeads(jdbc).record(List.of(leadId));
    }
}
