package io.leadflow.support.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Which addresses lie inside a network rather than on the public internet: loopback, link-local (169.254/16,
 * fe80::/10, which holds the cloud metadata address 169.254.169.254), private (10/8, 172.16/12, 192.168/16,
 * fc00::/7), carrier-grade NAT (100.64/10), multicast, unspecified (0.0.0.0, ::), reserved (0/8, 240/4), and every
 * IPv6 form that carries an IPv4 address a gateway may translate to anything: IPv4-mapped ({@code ::ffff:0:0/96}, read
 * as the IPv4 address inside), IPv4-compatible ({@code ::/96}), NAT64 ({@code 64:ff9b::/96} and
 * {@code 64:ff9b:1::/48}), 6to4 ({@code 2002::/16}) and Teredo ({@code 2001::/32}).
 */
final class InternalAddresses {

    private InternalAddresses() {}

    /** Why the address is internal, or empty when it is public. */
    static Optional<String> why(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            Optional<String> embedded = embeddedIpv4(v6.getAddress());
            if (embedded.isPresent()) {
                return embedded;
            }
            if ((v6.getAddress()[0] & 0xfe) == 0xfc) {
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

    private static Optional<String> embeddedIpv4(byte[] b) {
        boolean firstTenZero = true;
        for (int i = 0; i < 10; i++) {
            firstTenZero &= b[i] == 0;
        }
        if (firstTenZero && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return mapped(b);
        }
        boolean firstTwelveZero = firstTenZero && b[10] == 0 && b[11] == 0;
        boolean lastFourZero = b[12] == 0 && b[13] == 0 && b[14] == 0;
        if (firstTwelveZero && !(lastFourZero && (b[15] == 0 || b[15] == 1))) {
            return Optional.of("an IPv4-compatible IPv6 address (::/96)");
        }
        int first = word(b, 0);
        int second = word(b, 2);
        if (first == 0x64 && second == 0xff9b) {
            return Optional.of("a NAT64 address (64:ff9b::/96, 64:ff9b:1::/48), which a gateway translates to IPv4");
        }
        if (first == 0x2002) {
            return Optional.of("a 6to4 address (2002::/16), which carries an IPv4 address");
        }
        if (first == 0x2001 && second == 0) {
            return Optional.of("a Teredo address (2001::/32), which carries an IPv4 address");
        }
        return Optional.empty();
    }

    private static Optional<String> mapped(byte[] b) {
        try {
            return why(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}))
                    .map(reason -> reason + " in IPv4-mapped form");
        } catch (UnknownHostException e) {
            return Optional.of("an unreadable address");
        }
    }

    private static int word(byte[] b, int offset) {
        return ((b[offset] & 0xff) << 8) | (b[offset + 1] & 0xff);
    }
}
