package io.leadflow.gateway.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the gateway stops sending requests to a failing service and answers 503 at once instead: once
 * {@code failureRateThreshold} percent of the last {@code slidingWindowSize} calls (at least
 * {@code minimumNumberOfCalls}) failed, for {@code waitInOpenState}; then a few trial calls decide.
 */
@ConfigurationProperties(prefix = "leadflow.circuit-breaker")
public record CircuitBreakers(
        @DefaultValue("50") float failureRateThreshold,
        @DefaultValue("20") int slidingWindowSize,
        @DefaultValue("10") int minimumNumberOfCalls,
        @DefaultValue("30s") Duration waitInOpenState) {
}
