package io.leadflow.ingestion;

import io.leadflow.kernel.testing.LocalDatabases;
import org.junit.jupiter.api.Order;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One running service for all HTTP integration tests (the context is shared, so it starts once), on a database
 * recreated when it starts. Tests use their own e-mail addresses, so they do not depend on each other.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Order(2)
abstract class RunningServiceIT {

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) {
        String url = LocalDatabases.recreate("leadflow_test_ingestion");
        registry.add("spring.datasource.url", () -> url);
        registry.add("leadflow.imports.poll-interval", () -> "100ms");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    HttpCalls http() {
        return new HttpCalls(port);
    }

    long eventsOf(String leadId) {
        return jdbc.sql("select count(*) from engagement where lead_id = cast(:lead as uuid)")
                .param("lead", leadId)
                .query(Long.class)
                .single();
    }
}
