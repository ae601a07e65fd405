package io.leadflow.ingestion.adapter.in.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** What web slices need besides the controller: the body limits, the batch reader and a fixed clock. */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebLimits.class)
@Import({BatchBodies.class, IngestionWebMapperImpl.class})
class WebSliceSupport {

    static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
