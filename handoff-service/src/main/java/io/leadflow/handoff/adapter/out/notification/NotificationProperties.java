package io.leadflow.handoff.adapter.out.notification;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notifications beyond webhooks: the public base URL the accept/reject links start with (the gateway's address),
 * hosts allowed as targets although they resolve to internal addresses (local demo and tests only), whether e-mail
 * is sent (needs {@code spring.mail.host}) and from which address, and the Slack/e-mail worker's rhythm.
 */
@ConfigurationProperties("leadflow.notifications")
public record NotificationProperties(
        @DefaultValue("http://localhost:8080") URI publicBaseUrl,
        @DefaultValue({}) List<String> allowedHosts,
        @DefaultValue("false") boolean emailEnabled,
        @DefaultValue("leadflow@localhost") String mailFrom,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("20") int batchSize,
        @DefaultValue("10s") Duration requestTimeout,
        @DefaultValue("2m") Duration claimLease) {

    public NotificationProperties {
        String scheme = publicBaseUrl.getScheme();
        if (!"https".equals(scheme) && !"http".equals(scheme) || publicBaseUrl.getHost() == null) {
            throw new IllegalArgumentException(
                    "leadflow.notifications.public-base-url must be an absolute http(s) URL");
        }
        allowedHosts = allowedHosts == null
                ? List.of()
                : allowedHosts.stream()
                        .map(String::strip)
                        .filter(h -> !h.isEmpty())
                        .map(String::toLowerCase)
                        .toList();
    }

    /** {@code <base>/api/v1/handoffs/<id>/<action>}, absolute. */
    public String link(String handoffId, String action) {
        String base = publicBaseUrl.toString().replaceAll("/+$", "");
        return base + "/api/v1/handoffs/" + handoffId + "/" + action;
    }
}
