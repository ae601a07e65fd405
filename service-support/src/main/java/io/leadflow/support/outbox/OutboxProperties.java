package io.leadflow.support.outbox;

import io.leadflow.kernel.event.EventStreams;
import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox relay works ({@code leadflow.outbox.*}): whether it runs at all ({@code enabled=false} keeps events
 * in the outbox, for tests of a relay that died), how many rows it takes per round, how many events of a packed
 * stream it puts into one message (1: one event per message, the format every consumer reads) and how long it waits
 * for the broker's confirm before it tries again later, and how long a round woken by a commit lingers for the commits
 * of that moment to share it. The relay's polls, which pick up what no wake covered (rows left by a crash or a failed
 * round), come every {@code leadflow.outbox.poll-interval} (1s); the backlog is counted every
 * {@code leadflow.outbox.backlog-interval} (5s); both are read by the scheduler.
 */
@ConfigurationProperties("leadflow.outbox")
public record OutboxProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("200") int batchSize,
        @DefaultValue("1") int eventsPerMessage,
        @DefaultValue(EventStreams.ENGAGEMENTS) Set<String> packedStreams,
        @DefaultValue("10s") Duration confirmTimeout,
        @DefaultValue("5ms") Duration linger) {}
