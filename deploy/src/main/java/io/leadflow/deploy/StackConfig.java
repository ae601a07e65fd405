package io.leadflow.deploy;

import java.nio.file.Path;

/**
 * Where the suite runs from and against what. The gateway listens on {@code portBase}; the services take the four
 * ports after it, replicas the five after those; the console, when it runs, {@code portBase + 13} and the local
 * identity provider {@code portBase + 14}. Each service's database is {@code databasePrefix + service}, e.g. {@code leadflow_scoring}.
 * With {@link Infra#EMBEDDED} the launcher starts PostgreSQL ({@code portBase + 10}) and an AMQP broker
 * ({@code portBase + 11}) itself, with their data under {@code dataDir}; with {@link Infra#EXTERNAL} (the default
 * here, what the tests use) it uses the ones already running.
 */
public record StackConfig(
        Path home,
        String version,
        Path dataDir,
        int portBase,
        String databasePrefix,
        boolean freshDatabases,
        Infra infra,
        Endpoint database,
        Endpoint broker) {

    /** Who provides PostgreSQL and the AMQP broker. */
    public enum Infra {
        EMBEDDED,
        EXTERNAL
    }

    /** A server and the credentials the suite uses on it. */
    public record Endpoint(String host, int port, String user, String password) {

        Endpoint withPort(int newPort) {
            return new Endpoint(host, newPort, user, password);
        }
    }

    static final int EMBEDDED_DB_OFFSET = 10;
    static final int EMBEDDED_BROKER_OFFSET = 11;

    /** The real PostgreSQL and RabbitMQ on localhost (or where LEADFLOW_DB_* and LEADFLOW_RABBIT_* point). */
    public static StackConfig defaults(Path home, String version) {
        return new StackConfig(
                home,
                version,
                home.resolve(".leadflow"),
                8080,
                "leadflow_",
                false,
                Infra.EXTERNAL,
                new Endpoint(
                        env("LEADFLOW_DB_HOST", "localhost"),
                        Integer.parseInt(env("LEADFLOW_DB_PORT", "5432")),
                        env("LEADFLOW_DB_USER", "postgres"),
                        env("LEADFLOW_DB_PASSWORD", "")),
                new Endpoint(
                        env("LEADFLOW_RABBIT_HOST", "localhost"),
                        Integer.parseInt(env("LEADFLOW_RABBIT_PORT", "5672")),
                        env("LEADFLOW_RABBIT_USER", "guest"),
                        env("LEADFLOW_RABBIT_PASSWORD", "guest")));
    }

    /** Embedded infrastructure on {@code portBase + 10} and {@code + 11}, whatever the environment says. */
    public StackConfig withEmbeddedInfra() {
        return new StackConfig(
                home,
                version,
                dataDir,
                portBase,
                databasePrefix,
                freshDatabases,
                Infra.EMBEDDED,
                new Endpoint("localhost", portBase + EMBEDDED_DB_OFFSET, "postgres", ""),
                new Endpoint("localhost", portBase + EMBEDDED_BROKER_OFFSET, "guest", "guest"));
    }

    /** Another gateway port; embedded infrastructure moves along with it. */
    public StackConfig withPortBase(int base) {
        StackConfig moved =
                new StackConfig(home, version, dataDir, base, databasePrefix, freshDatabases, infra, database, broker);
        return infra == Infra.EMBEDDED ? moved.withEmbeddedInfra() : moved;
    }

    public StackConfig withDataDir(Path dir) {
        return new StackConfig(home, version, dir, portBase, databasePrefix, freshDatabases, infra, database, broker);
    }

    /** Other ports for the embedded PostgreSQL and broker, when the defaults are taken. */
    public StackConfig withInfraPorts(Integer dbPort, Integer brokerPort) {
        return new StackConfig(
                home,
                version,
                dataDir,
                portBase,
                databasePrefix,
                freshDatabases,
                infra,
                dbPort == null ? database : database.withPort(dbPort),
                brokerPort == null ? broker : broker.withPort(brokerPort));
    }

    /** Databases with another prefix, dropped and created empty at start: what a test wants. */
    public StackConfig withFreshDatabases(String prefix) {
        return new StackConfig(home, version, dataDir, portBase, prefix, true, infra, database, broker);
    }

    public boolean embedded() {
        return infra == Infra.EMBEDDED;
    }

    public String gatewayUrl() {
        return "http://localhost:" + portBase;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
