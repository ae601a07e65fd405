package io.leadflow.deploy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** The row count of every table in every database of one local stack, to show that a refused request stored nothing. */
final class TableCounts {

    private final StackConfig config;

    TableCounts(StackConfig config) {
        this.config = config;
    }

    /** The counts once background work has settled: two readings a second apart that agree (at most 30 s). */
    Map<String, Long> settled() throws InterruptedException {
        Map<String, Long> last = now();
        for (int i = 0; i < 30; i++) {
            Thread.sleep(1_000);
            Map<String, Long> next = now();
            if (next.equals(last)) {
                return next;
            }
            last = next;
        }
        return last;
    }

    Map<String, Long> now() {
        StackConfig.Endpoint db = config.database();
        Map<String, Long> counts = new TreeMap<>();
        for (String database : databases(db)) {
            String url = "jdbc:postgresql://" + db.host() + ":" + db.port() + "/" + database;
            try (Connection connection = DriverManager.getConnection(url, db.user(), db.password());
                    Statement statement = connection.createStatement()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery("select quote_ident(table_schema) || '.' || "
                        + "quote_ident(table_name) from information_schema.tables where table_type = 'BASE TABLE' "
                        + "and table_schema not in ('pg_catalog', 'information_schema')")) {
                    while (rows.next()) {
                        tables.add(rows.getString(1));
                    }
                }
                for (String table : tables) {
                    try (ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
                        rows.next();
                        counts.put(database + ":" + table, rows.getLong(1));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot count the rows of " + database + ": " + e.getMessage(), e);
            }
        }
        return counts;
    }

    private List<String> databases(StackConfig.Endpoint db) {
        String url = "jdbc:postgresql://" + db.host() + ":" + db.port() + "/postgres";
        List<String> names = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, db.user(), db.password());
                var statement = connection.prepareStatement("select datname from pg_database where datname like ?")) {
            statement.setString(1, config.databasePrefix().replace("_", "\\_") + "%");
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the stack's databases: " + e.getMessage(), e);
        }
        return names;
    }

    /** The tables whose counts differ, as {@code table: before -> after}. */
    static String difference(Map<String, Long> before, Map<String, Long> after) {
        StringBuilder differences = new StringBuilder();
        for (String table : new TreeSet<>(after.keySet())) {
            Long was = before.get(table);
            Long is = after.get(table);
            if (!is.equals(was)) {
                differences
                        .append(table)
                        .append(": ")
                        .append(was)
                        .append(" -> ")
                        .append(is)
                        .append("; ");
            }
        }
        return differences.toString();
    }
}
