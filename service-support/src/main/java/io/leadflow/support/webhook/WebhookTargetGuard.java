package io.leadflow.support.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Keeps calls to configured URLs away from the cluster and the host (SSRF). A URL passes when it is {@code https}, has
 * a host and no credentials, its host is written as a name or a canonical address (never {@code 0177.0.0.1},
 * {@code 0x7f.1} or {@code 2130706433}, which resolvers read as loopback), is not a cloud metadata name, and every
 * address it resolves to is public ({@link InternalAddresses}). Hosts on the allow-list (local runs, demos and tests)
 * skip the address check and may be called over plain {@code http}; every other host needs {@code https}.
 *
 * <p>Checking a URL and then letting an HTTP client resolve the name again would let a name answer a public address
 * to the check and an internal one to the connection (DNS rebinding): {@link GuardedHttpClient} connects only to the
 * addresses {@link #resolve(String)} checked. Check a URL when it is configured and again before every call.
 */
public final class WebhookTargetGuard {

    /** How a host name becomes addresses: the system resolver in production, a scripted one in tests. */
    @FunctionalInterface
    public interface HostResolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private static final Set<String> METADATA_HOSTS =
            Set.of("metadata.google.internal", "metadata", "metadata.azure.internal", "instance-data");
    private static final Pattern NUMERIC_LABEL = Pattern.compile("(?i)[0-9]+|0x[0-9a-f]*");
    private static final Pattern CANONICAL_IPV4 = Pattern.compile(
            "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}");

    private final Set<String> allowedHosts;
    private final HostResolver resolver;

    /** @param allowedHosts host names or literal addresses that may be internal, matched without regard to case */
    public WebhookTargetGuard(Collection<String> allowedHosts) {
        this(allowedHosts, InetAddress::getAllByName);
    }

    public WebhookTargetGuard(Collection<String> allowedHosts, HostResolver resolver) {
        this.allowedHosts = allowedHosts.stream()
                .map(WebhookTargetGuard::normalise)
                .filter(host -> !host.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        this.resolver = resolver;
    }

    /** Why the URL may not be called, or empty when it may. Resolves the host. */
    public Optional<String> refusal(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.of("only https URLs may be called, got " + scheme + ":");
        }
        String host = url.getHost();
        if (host == null || host.isBlank()) {
            return Optional.of("the URL needs a host written as a name or a canonical address");
        }
        if (url.getUserInfo() != null) {
            return Optional.of("the URL may not carry credentials before the host");
        }
        try {
            resolve(host);
        } catch (RefusedTargetException e) {
            return Optional.of(e.getMessage());
        }
        if (scheme.equals("http") && !allowedHosts.contains(normalise(host))) {
            return Optional.of("only https URLs may be called, got http:");
        }
        return Optional.empty();
    }

    /**
     * The addresses of the host, every one of them checked: the only addresses a call may connect to.
     *
     * @throws RefusedTargetException when the host is written in a misleading form, is a metadata name, does not
     *     resolve, or any of its addresses is internal
     */
    public InetAddress[] resolve(String host) throws RefusedTargetException {
        String name = normalise(host);
        if (name.isEmpty()) {
            throw new RefusedTargetException("the URL needs a host");
        }
        if (allowedHosts.contains(name)) {
            try {
                return resolver.resolve(name);
            } catch (UnknownHostException e) {
                throw new RefusedTargetException("host " + host + " does not resolve");
            }
        }
        if (METADATA_HOSTS.contains(name)) {
            throw new RefusedTargetException("host " + host + " is a cloud metadata service");
        }
        if (looksNumeric(name) && !CANONICAL_IPV4.matcher(name).matches()) {
            throw new RefusedTargetException("host " + host + " is an IPv4 address in a non-canonical form"
                    + " (octal, hex, shortened or a single number)");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(name);
        } catch (UnknownHostException e) {
            throw new RefusedTargetException("host " + host + " does not resolve");
        }
        if (addresses == null || addresses.length == 0) {
            throw new RefusedTargetException("host " + host + " does not resolve");
        }
        for (InetAddress address : addresses) {
            Optional<String> why = InternalAddresses.why(address);
            if (why.isPresent()) {
                throw new RefusedTargetException(
                        "host " + host + " resolves to " + address.getHostAddress() + ", " + why.get());
            }
        }
        return addresses;
    }

    /** Lower case, without IPv6 brackets and without the trailing dot of a fully qualified name. */
    private static String normalise(String host) {
        String bare = host.strip();
        if (bare.startsWith("[") && bare.endsWith("]")) {
            bare = bare.substring(1, bare.length() - 1);
        }
        while (bare.endsWith(".")) {
            bare = bare.substring(0, bare.length() - 1);
        }
        return bare.toLowerCase(Locale.ROOT);
    }

    /** Whether every label is a number (decimal, octal or hex), the forms {@code inet_aton} reads as IPv4. */
    private static boolean looksNumeric(String name) {
        for (String label : name.split("\\.", -1)) {
            if (!NUMERIC_LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    static Optional<String> internal(InetAddress address) {
        return InternalAddresses.why(address);
    }
}
