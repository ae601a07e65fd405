package io.leadflow.deploy;

import java.util.List;

/**
 * The processes of the suite, in start order: the services, the local identity provider (and the console when it
 * runs) first, the door last, since the gateway reads the provider's discovery document as it starts.
 */
enum SuiteService {
    INGESTION("ingestion-service", "ingestion", 1),
    SCORING("scoring-service", "scoring", 2),
    HANDOFF("handoff-service", "handoff", 3),
    NURTURING("nurturing-service", "nurturing", 4),
    /** The web console (no database of its own), on the port base + 13. */
    CONSOLE("console", "console", 13),
    /**
     * The local sign-in provider (users from its environment, no database), on the port base + 14; ready when it
     * answers its discovery document, which the gateway reads (its actuator is behind its login).
     */
    IDENTITY("identity", "identity", 14, "/.well-known/openid-configuration"),
    GATEWAY("gateway", "gateway", 0);

    static final List<SuiteService> SERVICES = List.of(INGESTION, SCORING, HANDOFF, NURTURING);

    /** Everything that keeps data: the four services and the gateway (its API keys). */
    static final List<SuiteService> WITH_DATABASES = List.of(INGESTION, SCORING, HANDOFF, NURTURING, GATEWAY);

    private final String module;
    private final String database;
    private final int portOffset;
    private final String readinessPath;

    SuiteService(String module, String database, int portOffset) {
        this(module, database, portOffset, ServiceProcess.READINESS);
    }

    SuiteService(String module, String database, int portOffset, String readinessPath) {
        this.module = module;
        this.database = database;
        this.portOffset = portOffset;
        this.readinessPath = readinessPath;
    }

    /** Where the process answers 200 once it is ready. */
    String readinessPath() {
        return readinessPath;
    }

    String module() {
        return module;
    }

    /** The database name without prefix. */
    String database() {
        return database;
    }

    int port(StackConfig config) {
        return config.portBase() + portOffset;
    }
}
