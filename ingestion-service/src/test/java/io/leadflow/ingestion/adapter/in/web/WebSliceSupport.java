package io.leadflow.ingestion.adapter.in.web;

import io.leadflow.ingestion.application.port.in.FindIntakeAdmissionQuery;
import io.leadflow.ingestion.application.service.AdmissionSettings;
import io.leadflow.ingestion.application.service.IngestionServices;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * What web slices need besides the controller: the body limits, the batch reader, a fixed clock, and admission control
 * with nothing waiting (every request taken in).
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebLimits.class)
@Import({BatchBodies.class, IngestionWebMapperImpl.class})
class WebSliceSupport {

    static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    @Bean
    FindIntakeAdmissionQuery nothingWaiting() {
        return IngestionServices.intakeAdmission(() -> 0, AdmissionSettings.of(50_000, 80, Duration.ofSeconds(5)));
    }

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
