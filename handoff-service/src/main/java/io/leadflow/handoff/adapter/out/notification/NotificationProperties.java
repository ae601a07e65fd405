package io.leadflow.handoff.adapter.out.notification;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notifications beyond webhooks: the console's public address, where every link in a notification opens the hand-off's
 * page (the gateway, which serves the console at {@code /}; the rep accepts or rejects there, never by a GET),
 * hosts allowed as targets although they resolve to internal addresses (local demo and tests only), whether e-mail
 * is sent (needs {@code spring.mail.host}) and from which address, and the Slack/e-mail worker's rhythm.
 */
@ConfigurationProperties("leadflow.notifications")
public record NotificationProperties(
        @DefaultValue("http://localhost:8080") URI consoleUrl,
        @DefaultValue({}) List<String> allowedHosts,
        @DefaultValue("false") boolean emailEnabled,
        @DefaultValue("leadflow@localhost") String mailFrom,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("20") int batchSize,
        @DefaultValue("10s") Duration requestTimeout,
        @DefaultValue("2m") Duration claimLease) {

    public NotificationProperties {
        String scheme = consoleUrl.getScheme();
        if (!"https".equals(scheme) && !"http".equals(scheme) || consoleUrl.getHost() == null) {
            throw new IllegalArgumentException("leadflow.notifications.console-url must be an absolute http(s) URL");
        }
        allowedHosts = allowedHosts == null
                ? List.of()
                : allowedHosts.stream()
                        .map(String::strip)
                        .filter(h -> !h.isEmpty())
                        .map(String::toLowerCase)
                        .toList();
    }

    /** The console's page of the hand-off, {@code <console>/handoffs/<id>}, absolute. */
    public String handoffPage(String handoffId) {
        return consoleUrl.toString().replaceAll("/+$", "") + "/handoffs/" + handoffId;
    }
}
