package io.leadflow.support.resilience;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.stream.annotation.StreamRetryTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.retry.RetryTemplate;

/**
 * Waiting out an unavailable dependency, the same in every service: the register of stalled workers (readiness and
 * metrics) and, where Spring Cloud Stream consumes, the retry template every consumer binding uses ({@link
 * MessageRetryPolicy}; being the only {@code @StreamRetryTemplate}, the binder takes it for every binding with
 * {@code max-attempts} above 1, and the bindings' own back-off and {@code retryable-exceptions} settings no longer
 * apply).
 */
@AutoConfiguration
@ConditionalOnClass(MeterRegistry.class)
@EnableConfigurationProperties(ResilienceProperties.class)
public class ResilienceAutoConfiguration {

    @Bean
    DependencyOutages dependencyOutages(
            ApplicationEventPublisher events, ObjectProvider<MeterRegistry> meters, ObjectProvider<Clock> clock) {
        return new DependencyOutages(
                events,
                meters.getIfAvailable(io.micrometer.core.instrument.simple.SimpleMeterRegistry::new),
                clock.getIfAvailable(Clock::systemUTC));
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.cloud.stream.annotation.StreamRetryTemplate")
    static class ConsumerRetry {

        @Bean
        @StreamRetryTemplate
        RetryTemplate consumerRetryTemplate(ResilienceProperties properties, DependencyOutages outages) {
            RetryTemplate template = new RetryTemplate(new MessageRetryPolicy(properties));
            template.setRetryListener(new ConsumerOutageListener(outages));
            return template;
        }
    }
}
