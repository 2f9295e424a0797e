package org.sitrep.ingest;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;

/**
 * What an IP address reaches: the public internet, or something inside a machine or network that a fetch on a user's
 * behalf must not reach unless the operator allows it.
 */
enum AddressKind {
    PUBLIC("a public address"),
    LOOPBACK("a loopback address"),
    PRIVATE("a private address"),
    LINK_LOCAL("a link-local address"),
    SHARED("a carrier-grade NAT address"),
    MULTICAST("a multicast address"),
    UNSPECIFIED("an unspecified address"),
    RESERVED("a reserved address");

    /** 64:ff9b::/96, the well-known NAT64 prefix. */
    private static final byte[] NAT64_PREFIX = {0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0};

    private final String description;

    AddressKind(String description) {
        this.description = description;
    }

    /** In words, after "is": "a loopback address". */
    String description() {
        return description;
    }

    /** The kind of an address; IPv6 forms that carry an IPv4 address (mapped, compatible, NAT64) are judged by that address. */
    static AddressKind of(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            byte[] embedded = embeddedIpv4(v6.getAddress());
            return embedded == null ? ofIpv6(v6) : ofIpv4(embedded);
        }
        return ofIpv4(address.getAddress());
    }

    private static AddressKind ofIpv4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        if (a0 == 0) {
            return UNSPECIFIED; // 0.0.0.0/8: Linux connects 0.0.0.0 to the local machine
        } else if (a0 == 127) {
            return LOOPBACK;
        } else if (a0 == 10 || (a0 == 172 && (a1 & 0xf0) == 16) || (a0 == 192 && a1 == 168)) {
            return PRIVATE;
        } else if (a0 == 169 && a1 == 254) {
            return LINK_LOCAL;
        } else if (a0 == 100 && (a1 & 0xc0) == 64) {
            return SHARED;
        } else if ((a0 & 0xf0) == 224) {
            return MULTICAST;
        } else if ((a0 & 0xf0) == 240) {
            return RESERVED; // 240/4, including the broadcast address
        }
        return PUBLIC;
    }

    private static AddressKind ofIpv6(Inet6Address a) {
        int first = a.getAddress()[0] & 0xff;
        if (a.isAnyLocalAddress()) {
            return UNSPECIFIED;
        } else if (a.isLoopbackAddress()) {
            return LOOPBACK;
        } else if (a.isLinkLocalAddress()) {
            return LINK_LOCAL;
        } else if ((first & 0xfe) == 0xfc || a.isSiteLocalAddress()) {
            return PRIVATE; // fc00::/7 unique local, and the deprecated fec0::/10 site-local
        } else if (a.isMulticastAddress()) {
            return MULTICAST;
        }
        return PUBLIC;
    }

    /**
     * The IPv4 address inside ::ffff:a.b.c.d (mapped), ::a.b.c.d (compatible) or 64:ff9b::a.b.c.d (NAT64), or
     * {@code null} for any other IPv6 address. Java turns textual mapped addresses into IPv4 already; this catches the
     * rest, and a resolver that answers with them.
     */
    private static byte[] embeddedIpv4(byte[] b) {
        byte[] head = Arrays.copyOfRange(b, 0, 12);
        byte[] tail = Arrays.copyOfRange(b, 12, 16);
        boolean zeros = Arrays.equals(head, 0, 10, new byte[10], 0, 10);
        boolean mapped = zeros && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = zeros && b[10] == 0 && b[11] == 0 && (tail[0] != 0 || tail[1] != 0 || tail[2] != 0 || (tail[3] & 0xff) > 1);
        boolean nat64 = Arrays.equals(head, NAT64_PREFIX);
        return mapped || compatible || nat64 ? tail : null;
    }
}
