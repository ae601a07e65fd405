package io.leadflow.load;

import io.leadflow.deploy.StackConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * How far scoring has got, read-only from its database for the benchmark: how many engagements are behind scores, and
 * when scoring's transaction took each event.
 */
final class ScoringProgress {

    private ScoringProgress() {}

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
                ResultSet rows = count.executeQuery()) {
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
                try (ResultSet rows = count.executeQuery()) {
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

    static Map<String, Instant> processedAt(StackConfig config) throws SQLException {
        Map<String, Instant> times = new HashMap<>();
        try (Connection connection = scoring(config);
                PreparedStatement query =
                        connection.prepareStatement("select event_id::text, processed_at from processed_event");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                times.put(rows.getString(1), rows.getTimestamp(2).toInstant());
            }
        }
        return times;
    }
}
