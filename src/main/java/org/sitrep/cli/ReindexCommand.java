package org.sitrep.cli;

import java.util.concurrent.Callable;
import org.sitrep.pipeline.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "reindex", mixinStandardHelpOptions = true, description = {"Rebuilds the search index from the database.",
        "It needs the data directory to itself: while a server runs on it, reindex refuses and says which server to stop."})
final class ReindexCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        DirectoryAccess.Way way = DirectoryAccess.reach(data, err);
        if (way.server() != null) {
            // A rebuild clears the index the server searches, and takes minutes on a large corpus: not work to hand
            // over behind the readers' backs.
            err.println("sitrep: a server runs on " + data.dir + " (" + way.server().url() + ", pid " + way.server().pid()
                    + ") and owns its search index; stop it (Ctrl-C where it runs, or kill " + way.server().pid()
                    + "), run 'sitrep reindex' again, then start the server again");
            return CommandLine.ExitCode.SOFTWARE;
        }
        try (Workspace workspace = way.workspace()) {
            int n = workspace.reindex();
            err.println("sitrep: reindexed " + Plural.articles(n));
        }
        return CommandLine.ExitCode.OK;
    }
}
