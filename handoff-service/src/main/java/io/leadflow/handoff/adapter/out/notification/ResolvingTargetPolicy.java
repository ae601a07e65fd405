package io.leadflow.handoff.adapter.out.notification;

import io.leadflow.handoff.application.port.out.NotificationTargetPolicy;
import io.leadflow.support.webhook.WebhookTargetGuard;
import java.net.URI;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The suite's SSRF guard ({@link WebhookTargetGuard}) as hand-off's notification target policy: resolves the host and
 * refuses internal answers and non-http(s) URLs. Hosts listed in {@code leadflow.notifications.allowed-hosts} skip the
 * address check (never the scheme check).
 */
@Component
class ResolvingTargetPolicy implements NotificationTargetPolicy {

    private final WebhookTargetGuard guard;

    ResolvingTargetPolicy(NotificationProperties properties) {
        this.guard = new WebhookTargetGuard(properties.allowedHosts());
    }

    @Override
    public Optional<String> refusal(URI url) {
        return guard.refusal(url);
    }
}
