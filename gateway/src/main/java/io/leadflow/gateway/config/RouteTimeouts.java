package io.leadflow.gateway.config;

import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the gateway waits for a downstream service before it answers 503 or 504 itself. A client
 * must get an answer, never a hang; a slow service (a backtest, a bulk import) may get its own limits
 * under {@code leadflow.timeouts.per-service.<service>}.
 */
@ConfigurationProperties(prefix = "leadflow.timeouts")
public record RouteTimeouts(
        @DefaultValue("2s") Duration connect,
        @DefaultValue("10s") Duration response,
        Map<String, ServiceTimeouts> perService) {

    public RouteTimeouts {
        requirePositive(connect, "leadflow.timeouts.connect");
        requirePositive(response, "leadflow.timeouts.response");
        perService = perService == null ? Map.of() : Map.copyOf(perService);
    }

    public Duration connectFor(String service) {
        ServiceTimeouts own = perService.get(service);
        return own != null && own.connect() != null ? own.connect() : connect;
    }

    public Duration responseFor(String service) {
        ServiceTimeouts own = perService.get(service);
        return own != null && own.response() != null ? own.response() : response;
    }

    private static void requirePositive(Duration duration, String property) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(property + " must be a positive duration, was " + duration);
        }
    }

    /** Limits for one service; a missing value falls back to the gateway-wide one. */
    public record ServiceTimeouts(
            @Nullable Duration connect, @Nullable Duration response) {}
}
