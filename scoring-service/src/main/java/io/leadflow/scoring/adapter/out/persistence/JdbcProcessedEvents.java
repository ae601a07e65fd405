package io.leadflow.scoring.adapter.out.persistence;

import io.leadflow.scoring.application.port.out.ProcessedEvents;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
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

    /** One statement for all ids: the rows inserted now are the ids seen for the first time. */
    @Override
    public Set<UUID> firstSeen(Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return new HashSet<>();
        }
        return new HashSet<>(jdbc.sql("""
                insert into processed_event (event_id) values :rows on conflict do nothing returning event_id""")
                .param(
                        "rows",
                        eventIds.stream()
                                .distinct()
                                .map(id -> new Object[] {id})
                                .toList())
                .query(UUID.class)
                .list());
    }
}
