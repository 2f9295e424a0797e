package org.sitrep.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option every command takes. */
final class DataOption {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "sitrep-data",
            description = "Data directory (database and index); default: ${DEFAULT-VALUE}")
    Path dir;
}
