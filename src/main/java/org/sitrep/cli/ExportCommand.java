package org.sitrep.cli;

import java.util.concurrent.Callable;
import org.sitrep.core.Json;
import org.sitrep.pipeline.Workspace;
import org.sitrep.store.ExportedArticle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes every stored article as one JSON object per line to standard output (schema in EXPORT.md).")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT", description = "Output format; only jsonl")
    String format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!format.equals("jsonl")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown --format '" + format + "'; the formats are: jsonl");
        }
        var out = spec.commandLine().getOut();
        try (Workspace workspace = Workspace.open(data.dir)) {
            workspace.store().forEach(a -> out.println(Json.write(ExportedArticle.of(a))));
        }
        out.flush();
        return CommandLine.ExitCode.OK;
    }
}
