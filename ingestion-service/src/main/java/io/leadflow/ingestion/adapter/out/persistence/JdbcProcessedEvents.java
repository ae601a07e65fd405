package io.leadflow.ingestion.adapter.out.persistence;

import io.leadflow.ingestion.application.port.out.ProcessedEvents;
import io.leadflow.support.idempotency.JdbcProcessedEventStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** service-support's processed-events store over ingestion's {@code processed_event} table. */
@Component
class JdbcProcessedEvents extends JdbcProcessedEventStore implements ProcessedEvents {

    JdbcProcessedEvents(JdbcClient jdbc) {
        super(jdbc);
    }
}
