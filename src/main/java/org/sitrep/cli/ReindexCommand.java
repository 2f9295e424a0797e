package org.sitrep.cli;

import java.util.concurrent.Callable;
import org.sitrep.pipeline.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "reindex", mixinStandardHelpOptions = true, description = "Rebuilds the search index from the database.")
final class ReindexCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (Workspace workspace = data.open()) {
            int n = workspace.reindex();
            spec.commandLine().getErr().println("sitrep: reindexed " + Plural.articles(n));
        }
        return CommandLine.ExitCode.OK;
    }
}
