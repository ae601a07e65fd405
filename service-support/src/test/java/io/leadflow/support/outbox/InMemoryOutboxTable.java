package io.leadflow.support.outbox;

import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/** The outbox table in memory, for the relay's unit tests: pending rows in id order, the sent ones and each row's errors. */
class InMemoryOutboxTable implements OutboxTable {

    private final Map<Long, OutboxRow> rows = new LinkedHashMap<>();
    private final Set<Long> sent = new TreeSet<>();
    private final Map<Long, List<String>> errors = new HashMap<>();
    private boolean unavailable;

    /** From now on every call fails as a database that cannot be reached does (or works again). */
    void unavailable(boolean unavailable) {
        this.unavailable = unavailable;
    }

    synchronized OutboxRow add(String stream, String type) {
        long id = rows.size() + 1L;
        UUID eventId = UUID.randomUUID();
        OutboxRow row = new OutboxRow(
                id,
                eventId,
                type,
                stream,
                UUID.randomUUID(),
                "corr-" + id,
                "{\"metadata\":{\"eventId\":\"" + eventId + "\"}}",
                id % 2 == 0 ? null : "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
        rows.put(id, row);
        return row;
    }

    @Override
    public synchronized List<OutboxRow> lockPending(int limit) {
        if (unavailable) {
            throw new CannotGetJdbcConnectionException(
                    "Failed to obtain JDBC Connection",
                    new SQLTransientConnectionException("connection is not available"));
        }
        return rows.values().stream()
                .filter(row -> !sent.contains(row.id()))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized void markSent(List<Long> ids) {
        sent.addAll(ids);
    }

    @Override
    public synchronized void recordFailure(List<Long> ids, String error) {
        ids.forEach(id -> errors.computeIfAbsent(id, key -> new ArrayList<>()).add(error));
    }

    @Override
    public synchronized long countPending() {
        return rows.size() - sent.size();
    }

    synchronized Set<Long> sent() {
        return Set.copyOf(sent);
    }

    synchronized List<String> errorsOf(long id) {
        return errors.getOrDefault(id, List.of());
    }
}
