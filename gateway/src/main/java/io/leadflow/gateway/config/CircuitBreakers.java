package io.leadflow.gateway.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the gateway stops sending requests to a failing service and answers 503 at once instead: once
 * {@code failureRateThreshold} percent of the last {@code slidingWindowSize} calls (at least
 * {@code minimumNumberOfCalls}) failed, for {@code waitInOpenState}; then a few trial calls decide.
 * {@code maxConcurrentCalls} bounds the calls in flight to one service (the bulkhead Spring Cloud CircuitBreaker
 * puts around every breaker); beyond it the gateway answers 503 at once. Its library default, 25, throttled an event
 * source sending in parallel long before the service was busy, so it is set per replica here.
 */
@ConfigurationProperties(prefix = "leadflow.circuit-breaker")
public record CircuitBreakers(
        @DefaultValue("50") float failureRateThreshold,
        @DefaultValue("20") int slidingWindowSize,
        @DefaultValue("10") int minimumNumberOfCalls,
        @DefaultValue("30s") Duration waitInOpenState,
        @DefaultValue("1000") int maxConcurrentCalls) {}
