package io.leadflow.support.idempotency;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ids of the incoming events a service has acted on, in its {@code processed_event} table (event_id primary key,
 * processed_at). Messages arrive at least once; recording the id in the same transaction as the effect (the caller's:
 * {@link JdbcClient} joins it) makes the effect happen exactly once. A service's {@code ProcessedEvents} adapter
 * extends this class.
 */
public class JdbcProcessedEventStore {

    private final JdbcClient jdbc;

    public JdbcProcessedEventStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the id; true the first time, false when it had been recorded (a redelivery: do nothing). */
    public boolean firstSeen(UUID eventId) {
        return jdbc.sql("insert into processed_event (event_id) values (:eventId) on conflict do nothing")
                        .param("eventId", eventId)
                        .update()
                == 1;
    }

    /** Records every id in one statement; returns those seen for the first time (the others are redeliveries). */
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
