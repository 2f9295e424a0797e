package org.sitrep.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Sitrep's command line. Exit codes: 0 success, 1 failure, 2 bad usage. */
@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "Sitrep 0.1.0",
        description = "Who said what, who did what, where and when: a sourced record of a war from the news.",
        subcommands = {IngestCommand.class, ExtractCommand.class, ExportCommand.class, ImportCommand.class, GeocodeCommand.class,
                SourcesCommand.class, EntitiesCommand.class, ServeCommand.class, DemoCommand.class, ReindexCommand.class, BenchCommand.class,
                EvalCommand.class, TrainCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line and returns its exit code; used by tests too. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("sitrep: " + e.getMessage());
            return CommandLine.ExitCode.SOFTWARE;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (try 'sitrep --help')");
    }
}
