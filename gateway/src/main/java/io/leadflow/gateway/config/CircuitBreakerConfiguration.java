package io.leadflow.gateway.config;

import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.time.Duration;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4jBulkheadProvider;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4jBulkheadConfigurationBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One Resilience4j circuit breaker per service, counting failed calls (refused connections, timeouts).
 * The gateway's own response timeouts ({@link RouteTimeouts}) decide when a call is too slow, so the
 * breaker's time limiter is set beyond the longest of them and never cuts a call short itself.
 */
@Configuration(proxyBeanMethods = false)
class CircuitBreakerConfiguration {

    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> serviceCircuitBreakers(
            CircuitBreakers breakers, RouteTimeouts timeouts) {
        Duration longest = timeouts.response();
        for (RouteTimeouts.ServiceTimeouts own : timeouts.perService().values()) {
            if (own.response() != null && own.response().compareTo(longest) > 0) {
                longest = own.response();
            }
        }
        Duration limit = longest.plus(timeouts.connect()).plusSeconds(5);
        return factory -> factory.configureDefault(id -> new Resilience4JConfigBuilder(id)
                .circuitBreakerConfig(CircuitBreakerConfig.custom()
                        .failureRateThreshold(breakers.failureRateThreshold())
                        .slidingWindowSize(breakers.slidingWindowSize())
                        .minimumNumberOfCalls(breakers.minimumNumberOfCalls())
                        .waitDurationInOpenState(breakers.waitInOpenState())
                        .build())
                .timeLimiterConfig(
                        TimeLimiterConfig.custom().timeoutDuration(limit).build())
                .build());
    }

    /** The bulkhead around each breaker: how many calls may be in flight to one service before 503. */
    @Bean
    Customizer<ReactiveResilience4jBulkheadProvider> serviceBulkheads(CircuitBreakers breakers) {
        return provider -> provider.configureDefault(id -> new Resilience4jBulkheadConfigurationBuilder()
                .bulkheadConfig(BulkheadConfig.custom()
                        .maxConcurrentCalls(breakers.maxConcurrentCalls())
                        .build())
                .build());
    }
}
