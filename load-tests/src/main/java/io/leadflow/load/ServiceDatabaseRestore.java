package io.leadflow.load;

import io.leadflow.deploy.StackConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The database side of a restore, as an operator does it on one service's database: {@code pg_dump -Fc}, drop and
 * create the database, {@code pg_restore}; and the replay that follows, setting {@code published_at} back to null in
 * another service's outbox for the rows written from a point in time, so that its relay sends them again.
 */
final class ServiceDatabaseRestore {

    private final StackConfig config;

    ServiceDatabaseRestore(StackConfig config) {
        this.config = config;
    }

    String database(String service) {
        return config.databasePrefix() + service;
    }

    /** {@code pg_dump -Fc} of one service's database into {@code file}. */
    void dump(String service, Path file) {
        run(List.of("pg_dump", "-Fc", "-f", file.toString(), "-d", database(service)), file.getParent());
    }

    /** Drops the service's database (closing its connections), creates it empty and restores {@code file} into it. */
    void dropAndRestore(String service, Path file) {
        String name = database(service);
        try (Connection connection = connect("postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot recreate " + name + ": " + e.getMessage(), e);
        }
        run(List.of("pg_restore", "--exit-on-error", "-d", name, file.toString()), file.getParent());
    }

    /** Rows in every table of the service's schema (right after a restore: the rows the dump held). */
    long rows(String service) {
        long total = 0;
        try (Connection connection = connect(database(service));
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet found = statement.executeQuery(
                    "select quote_ident(tablename) from pg_tables where schemaname = 'public'")) {
                while (found.next()) {
                    tables.add(found.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet count = statement.executeQuery("select count(*) from " + table)) {
                    count.next();
                    total += count.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count " + service + "'s rows: " + e.getMessage(), e);
        }
        return total;
    }

    /**
     * The replay step of docs/operations.md on one producer: its outbox rows written at or after {@code from} and
     * already sent are marked unsent, so its relay sends them again in order of writing. Returns their event ids.
     */
    List<String> replayOutbox(String producer, Instant from) {
        List<String> ids = new ArrayList<>();
        try (Connection connection = connect(database(producer));
                PreparedStatement update = connection.prepareStatement(
                        "update outbox_event set published_at = null, attempts = 0, last_error = null "
                                + "where created_at >= ? and published_at is not null returning event_id::text")) {
            update.setTimestamp(1, Timestamp.from(from));
            try (ResultSet rows = update.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot replay " + producer + "'s outbox: " + e.getMessage(), e);
        }
        return ids;
    }

    /** How many of these event ids the service has recorded as processed. */
    long processed(String service, List<String> eventIds) {
        return count(service, "select count(*) from processed_event where event_id = any(?::uuid[])", eventIds);
    }

    /** Messages waiting in the service's {@code dead_letter} table. */
    long deadLetters(String service) {
        return count(service, "select count(*) from dead_letter", null);
    }

    private long count(String service, String sql, List<String> ids) {
        try (Connection connection = connect(database(service));
                PreparedStatement query = connection.prepareStatement(sql)) {
            if (ids != null) {
                query.setArray(1, connection.createArrayOf("text", ids.toArray()));
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            return -1;
        }
    }

    private Connection connect(String name) throws SQLException {
        StackConfig.Endpoint db = config.database();
        return DriverManager.getConnection(
                "jdbc:postgresql://" + db.host() + ":" + db.port() + "/" + name, db.user(), db.password());
    }

    private void run(List<String> command, Path dir) {
        StackConfig.Endpoint db = config.database();
        List<String> full = new ArrayList<>(command);
        full.addAll(List.of("-h", db.host(), "-p", Integer.toString(db.port()), "-U", db.user()));
        try {
            Files.createDirectories(dir);
            Path log = dir.resolve(command.get(0) + ".log");
            ProcessBuilder builder =
                    new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("PGPASSWORD", db.password());
            Process process = builder.start();
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: "
                        + Files.readString(log).strip());
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(command.get(0) + " interrupted", e);
        }
    }
}
