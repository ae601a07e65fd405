package io.leadflow.support.deadletter;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The dead-letter office of a service ({@code leadflow.dead-letters.*}): whether it runs, how many messages a round
 * moves per queue, how long a re-drive waits for the broker's confirm. The rounds' timing is {@code
 * leadflow.dead-letters.drain-interval} (5s), read by the scheduler.
 */
@ConfigurationProperties("leadflow.dead-letters")
public record DeadLetterProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("100") int batchSize,
        @DefaultValue("10s") Duration confirmTimeout) {}
