package io.leadflow.handoff.adapter.out.persistence;

import io.leadflow.handoff.application.port.out.ProcessedEvents;
import io.leadflow.support.idempotency.ErasedLeads;
import io.leadflow.support.idempotency.JdbcProcessedEventStore;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code processed_event} table of this service, through service-support's store. */
@Repository
class JdbcProcessedEvents extends JdbcProcessedEventStore implements ProcessedEvents {

    JdbcProcessedEvents(JdbcClient jdbc, MeterRegistry meters) {
        super(jdbc, new ErasedLeads(jdbc, meters));
    }
}
