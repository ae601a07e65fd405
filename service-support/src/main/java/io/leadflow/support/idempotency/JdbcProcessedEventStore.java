package io.leadflow.support.idempotency;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ids of the incoming events a service has acted on, in its {@code processed_event} table (event_id primary key,
 * processed_at). Messages arrive at least once; recording the id in the same transaction as the effect (the caller's:
 * {@link JdbcClient} joins it) makes the effect happen exactly once. A service's {@code ProcessedEvents} adapter
 * extends this class.
 *
 * <p>The forms that take the event's lead also refuse an event about a lead that was erased ({@link ErasedLeads}): the
 * id is recorded, so the message is acknowledged, and the effect never happens. This is the one place where every
 * consumer that writes about a lead learns of the erasure.
 */
public class JdbcProcessedEventStore {

    private final JdbcClient jdbc;
    private final ErasedLeads erased;

    public JdbcProcessedEventStore(JdbcClient jdbc, ErasedLeads erased) {
        this.jdbc = jdbc;
        this.erased = erased;
    }

    public JdbcProcessedEventStore(JdbcClient jdbc) {
        this(jdbc, new ErasedLeads(jdbc));
    }

    /**
     * Records the id of an event about {@code leadId}; true the first time for a lead that was not erased, false for a
     * redelivery or an erased lead (do nothing). A null lead is checked for redelivery only.
     */
    public boolean firstSeen(UUID eventId, UUID leadId) {
        boolean first = firstSeen(eventId);
        return first && (leadId == null || !erased.erased(leadId));
    }

    /**
     * Records every event id (each mapped to its lead) in one statement; returns those seen for the first time whose
     * lead was not erased.
     */
    public Set<UUID> firstSeen(Map<UUID, UUID> leadsByEventId) {
        Set<UUID> fresh = firstSeen(leadsByEventId.keySet());
        Set<UUID> gone = erased.among(
                fresh.stream().map(leadsByEventId::get).filter(Objects::nonNull).toList());
        if (!gone.isEmpty()) {
            fresh.removeIf(event -> gone.contains(leadsByEventId.get(event)));
        }
        return fresh;
    }

    /** Of these leads, those erased (their data must not come back); see {@link ErasedLeads#among}. */
    public Set<UUID> erased(Collection<UUID> leadIds) {
        return erased.among(leadIds);
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
