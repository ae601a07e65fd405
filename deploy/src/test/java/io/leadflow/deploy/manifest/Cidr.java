package io.leadflow.deploy.manifest;

/** IPv4 CIDR blocks as NetworkPolicies write them ({@code 10.0.0.0/8}). */
final class Cidr {

    private Cidr() {}

    static boolean contains(String cidr, String address) {
        String[] parts = cidr.split("/");
        int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : 32;
        if (parts[0].contains(":")) {
            return false;
        }
        long mask = bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
        return (value(parts[0]) & mask) == (value(address) & mask);
    }

    private static long value(String address) {
        String[] octets = address.split("\\.");
        if (octets.length != 4) {
            throw new AssertionError("not an IPv4 address: " + address);
        }
        long value = 0;
        for (String octet : octets) {
            value = (value << 8) | Integer.parseInt(octet);
        }
        return value;
    }
}
