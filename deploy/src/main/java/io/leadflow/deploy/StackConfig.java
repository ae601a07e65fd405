package io.leadflow.deploy;

import java.nio.file.Path;

/**
 * Where the suite runs from and against what. The gateway listens on {@code portBase}; the services take the four
 * ports after it, replicas the five after those; the console, when it runs, {@code portBase + 13} and the local
 * identity provider {@code portBase + 14}. Each service's database is {@code databasePrefix + service}, e.g. {@code leadflow_scoring}.
 * With {@link Infra#EMBEDDED} the launcher starts PostgreSQL ({@code portBase + 10}) and an AMQP broker
 * ({@code portBase + 11}) itself, with their data under {@code dataDir}; with {@link Infra#EXTERNAL} (the default
 * here, what the tests use) it uses the ones already running. The gateway listens on {@code bindAddress} (127.0.0.1
 * unless widened); every other process, and the embedded PostgreSQL and broker, on the loopback interface only.
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
        Endpoint broker,
        String bindAddress) {

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

    /** Where every process of a local run listens unless told otherwise: this machine only. */
    public static final String LOOPBACK = "127.0.0.1";

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
                        env("LEADFLOW_RABBIT_PASSWORD", "guest")),
                LOOPBACK);
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
                new Endpoint("localhost", portBase + EMBEDDED_BROKER_OFFSET, "guest", "guest"),
                bindAddress);
    }

    /** Another gateway port; embedded infrastructure moves along with it. */
    public StackConfig withPortBase(int base) {
        StackConfig moved = new StackConfig(
                home, version, dataDir, base, databasePrefix, freshDatabases, infra, database, broker, bindAddress);
        return infra == Infra.EMBEDDED ? moved.withEmbeddedInfra() : moved;
    }

    public StackConfig withDataDir(Path dir) {
        return new StackConfig(
                home, version, dir, portBase, databasePrefix, freshDatabases, infra, database, broker, bindAddress);
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
                brokerPort == null ? broker : broker.withPort(brokerPort),
                bindAddress);
    }

    /** Databases with another prefix, dropped and created empty at start: what a test wants. */
    public StackConfig withFreshDatabases(String prefix) {
        return new StackConfig(home, version, dataDir, portBase, prefix, true, infra, database, broker, bindAddress);
    }

    /** The gateway on another address (another interface, or every one: {@code 0.0.0.0}). */
    public StackConfig withBindAddress(String address) {
        return new StackConfig(
                home, version, dataDir, portBase, databasePrefix, freshDatabases, infra, database, broker, address);
    }

    /** Whether the gateway listens beyond the loopback interface. */
    public boolean bindsBeyondLoopback() {
        return !isLoopback(bindAddress);
    }

    public boolean embedded() {
        return infra == Infra.EMBEDDED;
    }

    public String gatewayUrl() {
        return "http://" + urlHost(bindAddress) + ":" + portBase;
    }

    /** How a process on this machine reaches a server listening on {@code address}. */
    static String urlHost(String address) {
        if (address == null || address.isBlank() || isLoopback(address) || isWildcard(address)) {
            return "localhost";
        }
        return address.contains(":") ? "[" + address + "]" : address;
    }

    static boolean isLoopback(String address) {
        return address.equals("localhost") || address.startsWith("127.") || address.equals("::1");
    }

    static boolean isWildcard(String address) {
        return address.equals("0.0.0.0") || address.equals("::") || address.equals("[::]");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
