package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.InputException;
import org.sitrep.web.TileSource;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Where the web server listens, the write token that allows corrections, and the map's online tiles if any. */
final class ServerOptions {
    /** The environment variables that configure online map tiles. */
    static final String TILE_URL_VARIABLE = "SITREP_TILE_URL";
    static final String TILE_ATTRIBUTION_VARIABLE = "SITREP_TILE_ATTRIBUTION";

    /** The environment variable that holds the write token. */
    static final String TOKEN_VARIABLE = "SITREP_TOKEN";
    /** A write token's shortest length: 16 random characters are beyond guessing at any rate the server answers. */
    static final int MIN_TOKEN_CHARS = 16;

    @Option(names = "--port", defaultValue = "7070", description = "Port; default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on; default: ${DEFAULT-VALUE}")
    String host;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "File holding the write token that allows corrections of entities (at least " + MIN_TOKEN_CHARS
                    + " characters; readable by you alone). Without it or --token, the " + TOKEN_VARIABLE
                    + " variable; without any, writing is off")
    Path tokenFile;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "The write token itself; other users of the machine see it in 'ps', so prefer --token-file or " + TOKEN_VARIABLE)
    String token;

    @Option(names = "--tile-url", paramLabel = "TEMPLATE",
            description = "Map tiles to show under the offline basemap, as a Leaflet URL template with {z}, {x} and {y} "
                    + "(e.g. https://tile.example.org/{z}/{x}/{y}.png). Readers' browsers then ask that server for tiles; "
                    + "without it (or " + TILE_URL_VARIABLE + ") no page loads anything from elsewhere")
    String tileUrl;

    @Option(names = "--tile-attribution", paramLabel = "TEXT",
            description = "The credit the tiles' licence asks for, shown on the map (or " + TILE_ATTRIBUTION_VARIABLE + ")")
    String tileAttribution;

    /**
     * The map tiles from {@code --tile-url} or the environment, {@code null} when none is configured.
     *
     * @throws CommandLine.ParameterException (exit code 2) when the URL is not a usable tile template
     */
    TileSource tiles(CommandLine cli, Map<String, String> environment) {
        String url = tileUrl != null ? tileUrl : environment.get(TILE_URL_VARIABLE);
        if (url == null || url.isBlank()) {
            return null;
        }
        String attribution = tileAttribution != null ? tileAttribution : environment.get(TILE_ATTRIBUTION_VARIABLE);
        try {
            return new TileSource(url, attribution);
        } catch (InputException e) {
            throw new CommandLine.ParameterException(cli, (tileUrl != null ? "--tile-url" : TILE_URL_VARIABLE) + ": " + e.reason());
        }
    }

    /**
     * The write token from {@code --token-file}, {@code --token} or the environment, in that order of precedence;
     * {@code null} when none is given (writing is off). Warns on {@code err} when the token is visible to others.
     *
     * @throws CommandLine.ParameterException (exit code 2) when both options are given, the file cannot be read, or
     *     the token is shorter than {@link #MIN_TOKEN_CHARS}
     */
    String writeToken(CommandLine cli, Map<String, String> environment, PrintWriter err) {
        if (tokenFile != null && token != null) {
            throw new CommandLine.ParameterException(cli, "give the write token either with --token-file or with --token, not both");
        }
        if (tokenFile != null) {
            return checked(cli, "--token-file " + tokenFile, read(cli, err));
        }
        if (token != null) {
            err.println("sitrep: warning: --token is visible to other users of this machine (in 'ps'); "
                    + "use --token-file FILE or the " + TOKEN_VARIABLE + " variable instead");
            return checked(cli, "--token", token);
        }
        String fromEnvironment = environment.get(TOKEN_VARIABLE);
        return fromEnvironment == null || fromEnvironment.isEmpty() ? null : checked(cli, TOKEN_VARIABLE, fromEnvironment);
    }

    private String read(CommandLine cli, PrintWriter err) {
        try {
            String text = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
            warnIfOthersCanRead(err);
            return text;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new CommandLine.ParameterException(cli, "--token-file: cannot read " + tokenFile + " (" + e.getMessage() + ")");
        }
    }

    private void warnIfOthersCanRead(PrintWriter err) throws IOException {
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(tokenFile);
            if (p.contains(PosixFilePermission.GROUP_READ) || p.contains(PosixFilePermission.OTHERS_READ)) {
                err.println("sitrep: warning: --token-file " + tokenFile + " is readable by other users; chmod 600 it");
            }
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: its permissions are not ours to judge.
        }
    }

    private static String checked(CommandLine cli, String origin, String value) {
        String t = value.strip();
        if (t.length() < MIN_TOKEN_CHARS) {
            throw new CommandLine.ParameterException(cli, origin + ": the write token must be at least " + MIN_TOKEN_CHARS
                    + " characters; got: " + t.length() + " (make one with: head -c 18 /dev/urandom | base64)");
        }
        return t;
    }
}
