package io.leadflow.deploy;

import java.util.List;

/** The five processes of the suite, in start order: the services first, the door last. */
enum SuiteService {
    INGESTION("ingestion-service", "ingestion", 1),
    SCORING("scoring-service", "scoring", 2),
    HANDOFF("handoff-service", "handoff", 3),
    NURTURING("nurturing-service", "nurturing", 4),
    GATEWAY("gateway", "gateway", 0);

    static final List<SuiteService> SERVICES = List.of(INGESTION, SCORING, HANDOFF, NURTURING);

    /** Everything that keeps data: the four services and the gateway (its API keys). */
    static final List<SuiteService> WITH_DATABASES = List.of(INGESTION, SCORING, HANDOFF, NURTURING, GATEWAY);

    private final String module;
    private final String database;
    private final int portOffset;

    SuiteService(String module, String database, int portOffset) {
        this.module = module;
        this.database = database;
        this.portOffset = portOffset;
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
