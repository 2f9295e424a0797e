package org.sitrep.cli;

import picocli.CommandLine.Option;

/** Where the web server listens. */
final class ServerOptions {
    @Option(names = "--port", defaultValue = "7070", description = "Port; default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on; default: ${DEFAULT-VALUE}")
    String host;

    @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:SITREP_TOKEN}",
            description = "Write token that allows corrections of entities (default: the SITREP_TOKEN variable; none: writing is off)")
    String token;
}
