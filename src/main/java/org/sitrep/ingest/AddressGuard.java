package org.sitrep.ingest;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.InputException;

/**
 * Decides which addresses a fetch may connect to. By default only public ones: anyone who can add a source could
 * otherwise read internal services (a router's page, a cloud metadata endpoint, a database's HTTP port) through
 * Sitrep. The check is on every address the host resolves to, so a name that points inside is refused like the
 * address itself.
 *
 * <p>The JVM caches a resolved name for 30 s, and the HTTP client connects right after the check, so a name that
 * changes its answer between the check and the connection (DNS rebinding) has a window of that cache's expiry only.
 */
public final class AddressGuard {
    /** The command-line flag that allows every address; named in refusals. */
    public static final String FLAG = "--allow-private-addresses";
    /** The environment variable that allows every address when set to 1 (or true, yes); named in refusals. */
    public static final String VARIABLE = "SITREP_ALLOW_PRIVATE_ADDRESSES";

    private static final String HOW_TO_ALLOW = " (allow with " + FLAG + " or " + VARIABLE + "=1)";

    private final boolean allowAll;
    private final Set<InetSocketAddress> allowedEndpoints;

    private AddressGuard(boolean allowAll, Set<InetSocketAddress> allowedEndpoints) {
        this.allowAll = allowAll;
        this.allowedEndpoints = Set.copyOf(allowedEndpoints);
    }

    /** Refuses loopback, private, link-local, carrier-grade NAT, multicast, unspecified and reserved addresses. */
    public static AddressGuard publicOnly() {
        return new AddressGuard(false, Set.of());
    }

    /** Allows every address: for a single-user install that polls feeds on its own network. */
    public static AddressGuard anyAddress() {
        return new AddressGuard(true, Set.of());
    }

    /** Every address when the flag was given or {@value #VARIABLE} is 1, true or yes in {@code environment}; else public ones. */
    public static AddressGuard of(boolean allowFlag, Map<String, String> environment) {
        String value = environment.getOrDefault(VARIABLE, "").strip().toLowerCase(Locale.ROOT);
        boolean allowed = allowFlag || value.equals("1") || value.equals("true") || value.equals("yes");
        return allowed ? anyAddress() : publicOnly();
    }

    /**
     * This guard, also allowing one internal service by address and port (a local feed bridge, say) while
     * everything else inside stays refused.
     */
    public AddressGuard allowing(InetSocketAddress endpoint) {
        if (endpoint.isUnresolved()) {
            throw new IllegalArgumentException("endpoint must be resolved; got: " + endpoint);
        }
        Set<InetSocketAddress> endpoints = new LinkedHashSet<>(allowedEndpoints);
        endpoints.add(endpoint);
        return new AddressGuard(allowAll, endpoints);
    }

    /**
     * Checks that an http(s) URL may be fetched: its host resolves, and to allowed addresses only.
     *
     * @throws InputException naming {@code url} when it is not an http(s) URL, its host does not resolve, or it is refused
     */
    public void check(String url) {
        check(url, HttpUrl.parse(url), false);
    }

    /** Checks one hop of fetching {@code url}; {@code redirected} when the hop is a redirect's target. */
    void check(String url, URI hop, boolean redirected) {
        String prefix = redirected ? "redirected to " + hop + "; " : "";
        String host = hop.getHost();
        String name = host.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        // "localhost" means this machine whatever a resolver says (RFC 6761), so it is refused by name too.
        String loopbackName = name.equals("localhost") || name.endsWith(".localhost")
                ? "refused: " + prefix + host + " is a loopback name" + HOW_TO_ALLOW : null;
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new InputException(url, loopbackName != null && !allowAll ? loopbackName : "cannot fetch: " + prefix + "unknown host " + host);
        }
        if (allowAll) {
            return;
        }
        int port = HttpUrl.port(hop);
        for (InetAddress address : addresses) {
            AddressKind kind = AddressKind.of(address);
            if (allowedEndpoints.contains(new InetSocketAddress(address, port))) {
                continue;
            } else if (loopbackName != null) {
                throw new InputException(url, loopbackName);
            } else if (kind != AddressKind.PUBLIC) {
                throw new InputException(url, "refused: " + prefix + text(address) + " is " + kind.description() + HOW_TO_ALLOW);
            }
        }
    }

    @Override
    public String toString() {
        return allowAll ? "AddressGuard[any address]" : "AddressGuard[public addresses" + (allowedEndpoints.isEmpty() ? "" : " and " + allowedEndpoints) + "]";
    }

    /** The address as people write it: 127.0.0.1, ::1 (not 0:0:0:0:0:0:0:1). */
    static String text(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address.getHostAddress();
        }
        String full = ":" + address.getHostAddress().replaceAll("%.*$", "") + ":";
        String longest = null;
        for (String run = ":0:0:0:0:0:0:0:0:"; run.length() >= ":0:0:".length(); run = run.substring(2)) {
            if (full.contains(run)) {
                longest = run;
                break;
            }
        }
        String compact = longest == null ? full : full.replaceFirst(longest, "::");
        compact = compact.startsWith("::") ? compact : compact.substring(1);
        return compact.endsWith("::") ? compact : compact.substring(0, compact.length() - 1);
    }
}
