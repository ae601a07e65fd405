package io.leadflow.load;

import io.leadflow.deploy.StackConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far scoring has got, read-only from its database for the benchmark: how many engagements are behind scores, and
 * when scoring's transaction took each event.
 */
final class ScoringProgress {

    /** Queries this class ran against scoring's database, each its own transaction: the meter leaves them out. */
    private static final AtomicLong QUERIES = new AtomicLong();

    private ScoringProgress() {}

    private static ResultSet counted(PreparedStatement statement) throws SQLException {
        QUERIES.incrementAndGet();
        return statement.executeQuery();
    }

    static long queries() {
        return QUERIES.get();
    }

    /** A connection to scoring's database, retried for a while: the shared PostgreSQL may be at its limit. */
    private static Connection scoring(StackConfig config) throws SQLException {
        StackConfig.Endpoint db = config.database();
        SQLException last = null;
        for (int attempt = 0; attempt < 100; attempt++) {
            try {
                return DriverManager.getConnection(
                        "jdbc:postgresql://" + db.host() + ":" + db.port() + "/" + config.databasePrefix() + "scoring",
                        db.user(),
                        db.password());
            } catch (SQLException e) {
                last = e;
                try {
                    Thread.sleep(200);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
        throw last;
    }

    static long scoredCount(StackConfig config) throws SQLException {
        try (Connection connection = scoring(config);
                PreparedStatement count = connection.prepareStatement("select count(*) from lead_event");
                ResultSet rows = counted(count)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static Instant awaitScored(StackConfig config, long target, Duration timeout)
            throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        try (Connection connection = scoring(config);
                PreparedStatement count = connection.prepareStatement("select count(*) from lead_event")) {
            while (Instant.now().isBefore(deadline)) {
                try (ResultSet rows = counted(count)) {
                    rows.next();
                    if (rows.getLong(1) >= target) {
                        return Instant.now();
                    }
                }
                Thread.sleep(100);
            }
        }
        return Instant.now();
    }

    /** Waits until this many leads have a company name in scoring's copy of their profile; how many have. */
    static long awaitProfiles(StackConfig config, long target, Duration timeout)
            throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        long profiled = 0;
        try (Connection connection = scoring(config);
                PreparedStatement count = connection.prepareStatement(
                        "select count(*) from lead_state where profile ->> 'company.name' is not null")) {
            while (profiled < target && Instant.now().isBefore(deadline)) {
                try (ResultSet rows = counted(count)) {
                    rows.next();
                    profiled = rows.getLong(1);
                }
                Thread.sleep(500);
            }
        }
        return profiled;
    }

    /** Up to {@code limit} lead ids scoring knows, in id order (so spread over the whole population). */
    static List<String> leadIds(StackConfig config, int limit) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection connection = scoring(config);
                PreparedStatement query =
                        connection.prepareStatement("select lead_id::text from lead_state order by lead_id limit ?")) {
            query.setInt(1, limit);
            try (ResultSet rows = counted(query)) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    static Map<String, Instant> processedAt(StackConfig config) throws SQLException {
        Map<String, Instant> times = new HashMap<>();
        try (Connection connection = scoring(config);
                PreparedStatement query =
                        connection.prepareStatement("select event_id::text, processed_at from processed_event");
                ResultSet rows = counted(query)) {
            while (rows.next()) {
                times.put(rows.getString(1), rows.getTimestamp(2).toInstant());
            }
        }
        return times;
    }
}
