package io.leadflow.handoff.adapter.out.webhook;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How hand-off webhooks are sent. Each rep's endpoint signs with a secret of its own (kept by the application's
 * {@code WebhookSecrets}). After the n-th failed attempt the worker waits the n-th retry delay (the last one repeats)
 * and gives up after {@code giveUpAfter}.
 */
@ConfigurationProperties("leadflow.webhooks")
public record WebhookProperties(
        @DefaultValue("20") int batchSize,
        @DefaultValue("10s") Duration requestTimeout,
        @DefaultValue("2m") Duration claimLease,

        @DefaultValue({"5s", "30s", "2m", "10m", "1h", "3h", "6h"})
        List<Duration> retryDelays,

        @DefaultValue("3d") Duration giveUpAfter) {

    public WebhookProperties {
        if (claimLease.compareTo(requestTimeout) <= 0) {
            throw new IllegalArgumentException("leadflow.webhooks.claim-lease must be longer than request-timeout,"
                    + " or a slow receiver could get the same delivery from two workers at once");
        }
    }
}
