package io.leadflow.nurturing.adapter.out.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Refuses webhook targets inside the cluster or the host (loopback, private, link-local, unique-local, any-local,
 * multicast), so that a configured URL cannot be used to reach internal services; hosts on the allow-list pass.
 * Checked at start-up and again before every attempt, since a name may resolve differently later.
 */
final class WebhookTargets {

    private WebhookTargets() {}

    static void check(URI url, List<String> allowedHosts) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new IllegalArgumentException("a webhook URL must be http or https, got " + url);
        }
        String host = url.getHost();
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("a webhook URL needs a host, got " + url);
        }
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (allowedHosts.stream().anyMatch(a -> a.equalsIgnoreCase(bare))) {
            return;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(bare)) {
                if (internal(address)) {
                    throw new IllegalArgumentException("webhook host " + bare + " resolves to the internal address "
                            + address.getHostAddress() + "; add it to leadflow.nurture.webhook.allowed-hosts if meant");
                }
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("webhook host " + bare + " cannot be resolved", e);
        }
    }

    static boolean internal(InetAddress a) {
        byte[] b = a.getAddress();
        boolean uniqueLocal = b.length == 16 && (b[0] & 0xfe) == 0xfc;
        boolean carrierNat = b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
        return a.isLoopbackAddress()
                || a.isSiteLocalAddress()
                || a.isLinkLocalAddress()
                || a.isAnyLocalAddress()
                || a.isMulticastAddress()
                || uniqueLocal
                || carrierNat;
    }
}
