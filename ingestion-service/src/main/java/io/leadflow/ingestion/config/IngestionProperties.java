package io.leadflow.ingestion.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service's rules that operators may tune: how far in the future an event time may lie before it counts as a
 * sender's clock error, how many rows an import worker commits at a time, and admission control: above
 * {@code admission.max-backlog} events waiting to be passed on to the broker (0: no limit), new events and profiles
 * are answered 503 with {@code Retry-After: admission.retry-after} until the backlog is below
 * {@code admission.resume-percent} % of the limit.
 */
@ConfigurationProperties("leadflow.ingestion")
public record IngestionProperties(
        @DefaultValue("5m") Duration maxClockSkew,
        @DefaultValue("500") int importChunkSize,
        @DefaultValue Admission admission) {

    public record Admission(
            @DefaultValue("50000") long maxBacklog,
            @DefaultValue("80") int resumePercent,
            @DefaultValue("5s") Duration retryAfter) {}
}
