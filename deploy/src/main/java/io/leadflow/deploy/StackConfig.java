package io.leadflow.deploy;

import java.nio.file.Path;

/**
 * Where the suite runs from and against what. The gateway listens on {@code portBase}; the services take the four
 * ports after it. Each service's database is {@code databasePrefix + service}, e.g. {@code leadflow_scoring}.
 */
public record StackConfig(
        Path home,
        String version,
        Path dataDir,
        int portBase,
        String databasePrefix,
        boolean freshDatabases,
        String dbHost,
        int dbPort,
        String rabbitHost,
        int rabbitPort) {

    public static StackConfig defaults(Path home, String version) {
        return new StackConfig(home, version, home.resolve(".leadflow"), 8080, "leadflow_", false,
                env("LEADFLOW_DB_HOST", "localhost"), Integer.parseInt(env("LEADFLOW_DB_PORT", "5432")),
                env("LEADFLOW_RABBIT_HOST", "localhost"), Integer.parseInt(env("LEADFLOW_RABBIT_PORT", "5672")));
    }

    public StackConfig withPortBase(int base) {
        return new StackConfig(home, version, dataDir, base, databasePrefix, freshDatabases, dbHost, dbPort,
                rabbitHost, rabbitPort);
    }

    public StackConfig withDataDir(Path dir) {
        return new StackConfig(home, version, dir, portBase, databasePrefix, freshDatabases, dbHost, dbPort,
                rabbitHost, rabbitPort);
    }

    /** Databases with another prefix, dropped and created empty at start: what a test wants. */
    public StackConfig withFreshDatabases(String prefix) {
        return new StackConfig(home, version, dataDir, portBase, prefix, true, dbHost, dbPort, rabbitHost,
                rabbitPort);
    }

    public String gatewayUrl() {
        return "http://localhost:" + portBase;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
