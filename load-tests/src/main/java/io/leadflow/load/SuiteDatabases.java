package io.leadflow.load;

import io.leadflow.deploy.StackConfig;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Read-only looks into the services' own databases, for what the public API does not show yet: which engagement ids
 * ingestion holds per lead (until {@code GET /api/v1/leads/{leadId}/events} exists), which ids are behind scoring's
 * score, and the outbox backlogs that say whether the suite has drained. It never writes.
 */
public final class SuiteDatabases {

    static final List<String> SERVICES = List.of("ingestion", "scoring", "handoff", "nurturing");

    private final StackConfig config;

    public SuiteDatabases(StackConfig config) {
        this.config = config;
    }

    /** Lead ids by e-mail for the given addresses, as ingestion resolved them. */
    public Map<String, String> leadIds(Collection<String> emails) {
        Map<String, String> ids = new HashMap<>();
        query(
                "ingestion",
                "select email, lead_id::text from contact where email = any(?)",
                emails,
                rows -> ids.put(rows.getString(1), rows.getString(2)));
        return ids;
    }

    /** Engagement ids ingestion stored, by lead id. */
    public Map<String, Set<String>> storedEvents(Collection<String> leadIds) {
        return eventsByLead(
                "ingestion",
                "select lead_id::text, event_id::text from engagement " + "where lead_id = any(?::uuid[])",
                leadIds);
    }

    /** Engagement ids behind scoring's score, by lead id. */
    public Map<String, Set<String>> scoredEvents(Collection<String> leadIds) {
        return eventsByLead(
                "scoring",
                "select lead_id::text, event_id::text from lead_event " + "where lead_id = any(?::uuid[])",
                leadIds);
    }

    /** The W3C traceparent stored with each of one service's outbox rows about a lead (null for a row without). */
    public List<String> outboxTraceparents(String service, String leadId) {
        List<String> traceparents = new ArrayList<>();
        query(
                service,
                "select traceparent from outbox_event where lead_id = any(?::uuid[])",
                List.of(leadId),
                rows -> traceparents.add(rows.getString(1)));
        return traceparents;
    }

    /** How many enrolments nurturing holds per lead (every cycle, ended ones included), by lead id. */
    public Map<String, Integer> enrollments(Collection<String> leadIds) {
        Map<String, Integer> counts = new HashMap<>();
        leadIds.forEach(id -> counts.put(id, 0));
        query(
                "nurturing",
                "select lead_id::text, count(*) from enrollment where lead_id = any(?::uuid[]) " + "group by lead_id",
                leadIds,
                rows -> counts.put(rows.getString(1), rows.getInt(2)));
        return counts;
    }

    /**
     * The dead letters the services moved from their dead-letter queues into their {@code dead_letter} tables, named by
     * the dead-letter queue they came from ({@code <queue>.dlq}), as {@link SuiteBroker} names the ones still there.
     */
    public List<DeadLetter> deadLetters() {
        List<DeadLetter> letters = new ArrayList<>();
        for (String service : SERVICES) {
            try (Connection connection = connect(service);
                    PreparedStatement exists = connection.prepareStatement("select to_regclass('dead_letter')");
                    ResultSet found = exists.executeQuery()) {
                if (!found.next() || found.getString(1) == null) {
                    continue;
                }
                try (PreparedStatement rows = connection.prepareStatement(
                                "select queue, event_id, event_type, failure from dead_letter order by id");
                        ResultSet row = rows.executeQuery()) {
                    while (row.next()) {
                        letters.add(new DeadLetter(
                                row.getString(1) + ".dlq", row.getString(2), row.getString(3), row.getString(4)));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read " + service + "'s dead letters: " + e.getMessage(), e);
            }
        }
        return letters;
    }

    /** Rows written to an outbox and not yet confirmed by the broker, over all four services; -1 when unreadable. */
    public long outboxBacklog() {
        return sum("outbox_event", "select count(*) from outbox_event where published_at is null");
    }

    /** Incoming events the four services have acted on, together: it stops growing once the suite is idle. */
    public long processedEvents() {
        return sum("processed_event", "select count(*) from processed_event");
    }

    /** Connections to this service's database other than this look's own ({@code pg_stat_activity}). */
    public long connections(String service) {
        try (Connection connection = connect(service);
                PreparedStatement count = connection.prepareStatement("select count(*) from pg_stat_activity"
                        + " where datname = current_database() and pid <> pg_backend_pid()");
                ResultSet rows = count.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            return -1;
        }
    }

    /**
     * Whether the server runs autovacuum (as a production PostgreSQL does): without it the space of the rows that
     * retention deletes is never reused, so every table under retention grows for as long as the load runs.
     */
    public boolean autovacuum() {
        try (Connection connection = connect("ingestion");
                PreparedStatement show = connection.prepareStatement("show autovacuum");
                ResultSet rows = show.executeQuery()) {
            rows.next();
            return "on".equals(rows.getString(1));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the server's autovacuum setting", e);
        }
    }

    /** Each table's total size in bytes (indexes and TOAST included, {@code pg_total_relation_size}), by name. */
    public Map<String, Long> tableSizes(String service) {
        Map<String, Long> sizes = new java.util.TreeMap<>();
        try (Connection connection = connect(service);
                PreparedStatement tables = connection.prepareStatement(
                        "select c.relname, pg_total_relation_size(c.oid) from pg_class c join pg_namespace n"
                                + " on n.oid = c.relnamespace where c.relkind in ('r', 'p')"
                                + " and n.nspname not in ('pg_catalog', 'information_schema')"
                                + " and n.nspname not like 'pg\\_toast%'");
                ResultSet rows = tables.executeQuery()) {
            while (rows.next()) {
                sizes.merge(rows.getString(1), rows.getLong(2), Long::sum);
            }
        } catch (SQLException e) {
            return Map.of();
        }
        return sizes;
    }

    private long sum(String table, String sql) {
        long total = 0;
        for (String service : SERVICES) {
            try (Connection connection = connect(service);
                    PreparedStatement exists = connection.prepareStatement("select to_regclass(?)")) {
                exists.setString(1, table);
                try (ResultSet found = exists.executeQuery()) {
                    if (found.next() && found.getString(1) != null) {
                        try (PreparedStatement count = connection.prepareStatement(sql);
                                ResultSet rows = count.executeQuery()) {
                            rows.next();
                            total += rows.getLong(1);
                        }
                    }
                }
            } catch (SQLException e) {
                return -1;
            }
        }
        return total;
    }

    private Map<String, Set<String>> eventsByLead(String service, String sql, Collection<String> leadIds) {
        Map<String, Set<String>> events = new HashMap<>();
        leadIds.forEach(id -> events.put(id, new HashSet<>()));
        query(
                service,
                sql,
                leadIds,
                rows -> events.computeIfAbsent(rows.getString(1), id -> new HashSet<>())
                        .add(rows.getString(2)));
        return events;
    }

    private interface Row {
        void read(ResultSet rows) throws SQLException;
    }

    private void query(String service, String sql, Collection<String> values, Row row) {
        try (Connection connection = connect(service);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            Array array = connection.createArrayOf("text", values.toArray());
            statement.setArray(1, array);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    row.read(rows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + service + "'s database: " + e.getMessage(), e);
        }
    }

    private Connection connect(String service) throws SQLException {
        StackConfig.Endpoint db = config.database();
        return DriverManager.getConnection(
                "jdbc:postgresql://" + db.host() + ":" + db.port() + "/" + config.databasePrefix() + service,
                db.user(),
                db.password());
    }
}
