package io.leadflow.kernel.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * Gives integration tests a database of their own on the local PostgreSQL, new on every run, so that no state
 * from an earlier run (or another module's tests) can make a test pass or fail. Plain JDBC from the JDK; the
 * PostgreSQL driver comes from the service's test classpath.
 */
public final class LocalDatabases {

    public static final String HOST =
            System.getProperty("leadflow.test.db.host", System.getenv().getOrDefault("LEADFLOW_DB_HOST", "localhost"));
    public static final String PORT =
            System.getProperty("leadflow.test.db.port", System.getenv().getOrDefault("LEADFLOW_DB_PORT", "5432"));
    public static final String USER = System.getenv().getOrDefault("LEADFLOW_DB_USER", "postgres");
    public static final String PASSWORD = System.getenv().getOrDefault("LEADFLOW_DB_PASSWORD", "");

    private static final Pattern SAFE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private LocalDatabases() {}

    /**
     * Appended to every test database's name, so that two checkouts can run the same module's ITs at once on one
     * PostgreSQL (e.g. {@code LEADFLOW_TEST_DB_SUFFIX=_b}); empty by default.
     */
    public static final String SUFFIX = System.getenv().getOrDefault("LEADFLOW_TEST_DB_SUFFIX", "");

    /** Drops the database if it exists and creates it empty; returns its JDBC URL. */
    public static String recreate(String baseName) {
        String name = baseName + SUFFIX;
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a safe database name: " + name);
        }
        try (Connection admin = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
                Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + name + " with (force)");
            sql.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "cannot recreate database " + name + " on " + HOST + ":" + PORT
                            + " (is PostgreSQL running? bash .ci/run starts it)",
                    e);
        }
        return url(name);
    }

    public static String url(String name) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + name;
    }
}
