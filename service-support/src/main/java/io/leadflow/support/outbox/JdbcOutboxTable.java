package io.leadflow.support.outbox;

import io.leadflow.kernel.event.LeadDataExportedEvent;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code outbox_event} table every service creates in its own migrations (id, event_id, event_type, stream,
 * lead_id, correlation_id, payload jsonb, published_at, attempts, last_error, traceparent). Rows are locked with
 * {@code FOR UPDATE SKIP LOCKED}, so replicas share the work without sending an event twice at the same time. A sent
 * row is marked sent, except a row in {@link #DELETED_WHEN_SENT}, which is deleted.
 */
class JdbcOutboxTable implements OutboxTable {

    /**
     * Events that only carry personal data to another service (a service's part of an export): their rows go as soon
     * as the broker confirmed them, not with the sent rows that retention removes after weeks.
     */
    static final Set<String> DELETED_WHEN_SENT = Set.of(LeadDataExportedEvent.TYPE);

    private final JdbcClient jdbc;

    JdbcOutboxTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<OutboxRow> lockPending(int limit) {
        return jdbc.sql("""
                select id, event_id, event_type, stream, lead_id, correlation_id, payload::text, traceparent
                from outbox_event
                where published_at is null order by id limit :limit for update skip locked""")
                .param("limit", limit)
                .query((rs, n) -> new OutboxRow(
                        rs.getLong(1),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, UUID.class),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8)))
                .list();
    }

    @Override
    public void markSent(List<Long> ids) {
        jdbc.sql("delete from outbox_event where id in (:ids) and event_type in (:couriers)")
                .param("ids", ids)
                .param("couriers", DELETED_WHEN_SENT)
                .update();
        jdbc.sql("update outbox_event set published_at = now() where id in (:ids)")
                .param("ids", ids)
                .update();
    }

    @Override
    public void recordFailure(List<Long> ids, String error) {
        jdbc.sql("update outbox_event set attempts = attempts + 1, last_error = :error where id in (:ids)")
                .param("error", error)
                .param("ids", ids)
                .update();
    }

    @Override
    public long countPending() {
        return jdbc.sql("select count(*) from outbox_event where published_at is null")
                .query(Long.class)
                .single();
    }
}
