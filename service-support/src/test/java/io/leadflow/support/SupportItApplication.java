package io.leadflow.support;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** A service as small as can be: Boot's auto-configuration, service-support's among it, and scheduling like every service. */
@SpringBootConfiguration
@EnableAutoConfiguration
@EnableScheduling
public class SupportItApplication {

    /** The meter registry a service gets from its actuator. */
    @Bean
    MeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }
}
