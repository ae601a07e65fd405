package io.leadflow.ingestion.adapter.out.messaging;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox relay works: how many events it takes per round, how many engagements it packs into one message
 * (1: one event per message, the format older consumers read) and how long it waits for the broker's confirm before
 * it tries again later. {@code enabled=false} keeps events in the outbox (tests of a relay that died).
 */
@ConfigurationProperties("leadflow.outbox")
public record OutboxProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("200") int batchSize,
        @DefaultValue("100") int eventsPerMessage,
        @DefaultValue("10s") Duration confirmTimeout) {}
