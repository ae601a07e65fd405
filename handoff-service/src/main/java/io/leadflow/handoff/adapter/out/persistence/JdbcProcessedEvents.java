package io.leadflow.handoff.adapter.out.persistence;

import io.leadflow.handoff.application.port.out.ProcessedEvents;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcProcessedEvents implements ProcessedEvents {

    private final JdbcClient jdbc;

    JdbcProcessedEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean firstSeen(UUID eventId) {
        return jdbc.sql("insert into processed_event (event_id) values (:eventId) on conflict do nothing")
                        .param("eventId", eventId)
                        .update()
                == 1;
    }
}
