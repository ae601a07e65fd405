package io.leadflow.support.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps calls to configured URLs away from the cluster and the host (SSRF): only http(s) URLs with a host and without
 * credentials pass, and the host must not be a cloud metadata name nor resolve to an internal address: loopback,
 * link-local (169.254/16, fe80::/10, which includes the cloud metadata address 169.254.169.254), site-local / private
 * (10/8, 172.16/12, 192.168/16, fc00::/7), carrier-grade NAT (100.64/10), multicast, unspecified (0.0.0.0, ::),
 * reserved (0/8, 240/4) and IPv4-mapped forms of those. Hosts on the allow-list skip the address check (never the
 * scheme check), for local demos and tests. Check a URL when it is configured and again before every call, since a
 * name may resolve differently later.
 */
public final class WebhookTargetGuard {

    private static final Set<String> METADATA_HOSTS = Set.of("metadata.google.internal", "metadata");

    private final Set<String> allowedHosts;

    /** @param allowedHosts host names or literal addresses that may be internal, matched without regard to case */
    public WebhookTargetGuard(Collection<String> allowedHosts) {
        this.allowedHosts = allowedHosts.stream()
                .map(String::strip)
                .filter(host -> !host.isEmpty())
                .map(host -> host.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Why the URL may not be called, or empty when it may. Resolves the host. */
    public Optional<String> refusal(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.of("only http and https URLs may be called, got " + scheme + ":");
        }
        String host = url.getHost();
        if (host == null || host.isBlank()) {
            return Optional.of("the URL needs a host");
        }
        if (url.getUserInfo() != null) {
            return Optional.of("the URL may not carry credentials before the host");
        }
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        String lower = bare.toLowerCase(Locale.ROOT);
        if (allowedHosts.contains(lower)) {
            return Optional.empty();
        }
        if (METADATA_HOSTS.contains(lower)) {
            return Optional.of("host " + host + " is a cloud metadata service");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bare);
        } catch (UnknownHostException e) {
            return Optional.of("host " + host + " does not resolve");
        }
        for (InetAddress address : addresses) {
            Optional<String> why = internal(address);
            if (why.isPresent()) {
                return Optional.of("host " + host + " resolves to " + address.getHostAddress() + ", " + why.get());
            }
        }
        return Optional.empty();
    }

    static Optional<String> internal(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            byte[] b = v6.getAddress();
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return internal(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return Optional.of("an unreadable address");
                }
            }
            if ((b[0] & 0xfe) == 0xfc) {
                return Optional.of("a unique-local (private) address");
            }
        }
        if (address.isLoopbackAddress()) {
            return Optional.of("a loopback address");
        }
        if (address.isAnyLocalAddress()) {
            return Optional.of("the unspecified address");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("a link-local address (cloud metadata lives here)");
        }
        if (address.isSiteLocalAddress()) {
            return Optional.of("a private address");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("a multicast address");
        }
        if (address instanceof Inet4Address) {
            byte[] b = address.getAddress();
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 100 && second >= 64 && second <= 127) {
                return Optional.of("a carrier-grade NAT (shared) address");
            }
            if (first == 0 || first >= 240) {
                return Optional.of("a reserved address");
            }
        }
        return Optional.empty();
    }
}
