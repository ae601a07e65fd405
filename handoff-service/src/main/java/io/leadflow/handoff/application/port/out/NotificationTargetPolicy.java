package io.leadflow.handoff.application.port.out;

import java.net.URI;
import java.util.Optional;

/**
 * Keeps notifications away from internal addresses (SSRF): a configured URL must be http(s) and its host must not
 * resolve to a loopback, link-local, private, multicast, unspecified or cloud-metadata address, unless the host is
 * explicitly allowed (local demo, tests). Checked when a URL is configured and again before every send, since DNS
 * answers change.
 */
public interface NotificationTargetPolicy {

    /** Why the URL may not be a notification target, or empty when it may. */
    Optional<String> refusal(URI url);

    /** Accepts everything: for tests of other things. */
    NotificationTargetPolicy ANY = url -> Optional.empty();
}
