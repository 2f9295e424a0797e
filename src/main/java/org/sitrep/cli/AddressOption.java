package org.sitrep.cli;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import org.sitrep.ingest.AddressGuard;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Which addresses the commands that fetch may reach: public ones unless the user allows more. */
final class AddressOption {
    @Option(names = AddressGuard.FLAG,
            description = "Also fetch from loopback, private, link-local and other internal addresses, refused by default so "
                    + "that adding a source cannot read internal services (or set " + AddressGuard.VARIABLE + "=1)")
    boolean allowPrivate;

    @Option(names = "--allow-address", paramLabel = "HOST:PORT",
            description = "Also fetch from this one internal service (a local feed bridge, say); may be repeated")
    List<String> allowedEndpoints = List.of();

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    /** The guard these options and the environment ask for. */
    AddressGuard guard() {
        AddressGuard guard = AddressGuard.of(allowPrivate, System.getenv());
        for (String endpoint : allowedEndpoints) {
            guard = guard.allowing(endpoint(endpoint));
        }
        return guard;
    }

    private InetSocketAddress endpoint(String text) {
        try {
            URI uri = new URI("http://" + text);
            if (uri.getHost() == null || uri.getPort() == -1 || !("http://" + text).equals(uri.getScheme() + "://" + uri.getRawAuthority())) {
                throw new URISyntaxException(text, "not HOST:PORT");
            }
            InetSocketAddress address = new InetSocketAddress(uri.getHost().replaceAll("^\\[|]$", ""), uri.getPort());
            if (address.isUnresolved()) {
                throw new URISyntaxException(text, "unknown host");
            }
            return address;
        } catch (URISyntaxException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--allow-address must be HOST:PORT with a known host, like 127.0.0.1:3000 or [::1]:3000; got: " + text);
        }
    }
}
