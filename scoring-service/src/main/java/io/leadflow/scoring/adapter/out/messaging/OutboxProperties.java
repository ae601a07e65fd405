package io.leadflow.scoring.adapter.out.messaging;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox relay works: how many events it takes per round and how long it waits for the broker's confirm
 * before it tries again later.
 */
@ConfigurationProperties("leadflow.outbox")
public record OutboxProperties(
        @DefaultValue("200") int batchSize,
        @DefaultValue("10s") Duration confirmTimeout) {}
