package io.leadflow.archfixture.compliant.config;

import io.leadflow.archfixture.compliant.application.port.in.FindThingQuery;
import io.leadflow.archfixture.compliant.application.port.in.RegisterThingUseCase;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/**
 * Registers the package-private use-case implementations without a Spring annotation in the application layer: the
 * scan picks up whatever implements a driving port.
 */
@Configuration
@ComponentScan(
        basePackages = "io.leadflow.archfixture.compliant.application.service",
        useDefaultFilters = false,
        includeFilters =
                @ComponentScan.Filter(
                        type = FilterType.ASSIGNABLE_TYPE,
                        classes = {RegisterThingUseCase.class, FindThingQuery.class}))
public class ThingConfig {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
