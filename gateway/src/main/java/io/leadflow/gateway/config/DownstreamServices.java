package io.leadflow.gateway.config;

import java.net.URI;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Base URLs of the four services behind the gateway. Defaults match the local one-command stack; in
 * Kubernetes each is set from the environment, e.g. {@code LEADFLOW_SERVICES_INGESTION=http://ingestion:8080}.
 */
@ConfigurationProperties(prefix = "leadflow.services")
public record DownstreamServices(
        @DefaultValue("http://localhost:8081") URI ingestion,
        @DefaultValue("http://localhost:8082") URI scoring,
        @DefaultValue("http://localhost:8083") URI handoff,
        @DefaultValue("http://localhost:8084") URI nurturing) {

    public DownstreamServices {
        Objects.requireNonNull(ingestion, "leadflow.services.ingestion");
        Objects.requireNonNull(scoring, "leadflow.services.scoring");
        Objects.requireNonNull(handoff, "leadflow.services.handoff");
        Objects.requireNonNull(nurturing, "leadflow.services.nurturing");
    }
}
