package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.sitrep.pipeline.ExportImport;
import org.sitrep.pipeline.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Loads export lines (sitrep export, or the Spark job's month=YYYY-MM/part-*.jsonl) into the data",
                "directory to serve, without running the pipeline. Articles already stored alike are left as they are,",
                "so importing again adds nothing. Prints one line per bad line or file, then what was done and how fast.",
                "Exit 0 if nothing failed, 1 if some lines failed, 2 on bad usage."})
final class ImportCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Parameters(index = "0", paramLabel = "DIR", description = "A folder of .jsonl files (searched recursively), or one .jsonl file")
    Path path;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        if (!Files.exists(path)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no such file or folder: " + path);
        }
        AtomicInteger printed = new AtomicInteger();
        long started = System.nanoTime();
        ExportImport.Summary summary;
        try (Workspace workspace = data.open()) {
            summary = new ExportImport(workspace).run(path, problem -> {
                printed.incrementAndGet();
                err.println(problem.getMessage());
            });
        }
        err.println("sitrep: imported " + (summary.added() + summary.updated()) + " articles (" + summary.added() + " new, "
                + summary.updated() + " updated), " + summary.unchanged() + " already stored, " + summary.failed() + " failed"
                + rate(summary.added() + summary.updated() + summary.unchanged() + summary.failed(), started));
        return summary.failed() == 0 ? CommandLine.ExitCode.OK : CommandLine.ExitCode.SOFTWARE;
    }

    /** ", in 12.3 s (45.6 lines/s)": the whole run, opening the data folder included. */
    private static String rate(int lines, long startedNanos) {
        double seconds = (System.nanoTime() - startedNanos) / 1e9;
        return String.format(Locale.ROOT, ", in %.1f s (%.1f lines/s)", seconds, lines / Math.max(seconds, 1e-9));
    }
}
