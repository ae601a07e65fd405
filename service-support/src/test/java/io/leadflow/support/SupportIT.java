package io.leadflow.support;

import io.leadflow.kernel.testing.LocalDatabases;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The context every integration test of service-support shares (it starts once): {@link SupportItApplication} on a
 * database of its own, recreated when the context starts, and the local RabbitMQ.
 */
@SpringBootTest(classes = SupportItApplication.class)
public abstract class SupportIT {

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) {
        String url = LocalDatabases.recreate("leadflow_test_support");
        registry.add("spring.datasource.url", () -> url);
    }
}
