package io.leadflow.handoff.adapter.out.persistence;

import io.leadflow.handoff.application.port.out.ProcessedEvents;
import io.leadflow.handoff.application.port.out.ProcessedEventsContract;
import io.leadflow.support.idempotency.ErasedLeads;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcProcessedEventsContractIT extends ProcessedEventsContract {

    private final JdbcClient jdbc = ContractDatabase.empty();

    @Override
    protected ProcessedEvents processed() {
        return new JdbcProcessedEvents(jdbc, new SimpleMeterRegistry());
    }

    @Override
    protected void erase(UUID leadId) {
        new ErasedLeads(jdbc).record(List.of(leadId));
    }
}
