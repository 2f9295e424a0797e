package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.eval.Figure;
import org.sitrep.events.IncidentModelTrainer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "train", mixinStandardHelpOptions = true,
        header = "Trains a model Sitrep ships, after printing its cross-validated figures.",
        description = "Trains a model Sitrep ships from the labelled data in the repository, after printing its "
                + "cross-validated figures. Only \"events\" today: the incident classifier of the events stage.")
final class TrainCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "MODEL", description = "What to train: events")
    String what;

    @Option(names = "--from", paramLabel = "DIR", defaultValue = "bench/events/train",
            description = "Labelled sentences (TSV files, see bench/events/train/GUIDE.md). Default: ${DEFAULT-VALUE}")
    Path from;

    @Option(names = "--to", paramLabel = "FILE",
            defaultValue = "src/main/resources/org/sitrep/events/incident-model.tribuo",
            description = "Where to write the model. Default: ${DEFAULT-VALUE}")
    Path to;

    @Option(names = "--folds", defaultValue = "5", description = "Cross-validation folds, 0 for none. Default: ${DEFAULT-VALUE}")
    int folds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!what.equals("events")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "MODEL must be events; got: " + what);
        }
        if (!Files.isDirectory(from)) {
            spec.commandLine().getErr().println("sitrep: train: no labelled sentences at " + from);
            return CommandLine.ExitCode.SOFTWARE;
        }
        var out = spec.commandLine().getOut();
        if (folds > 1) {
            var cv = IncidentModelTrainer.crossValidate(from, folds);
            out.println(new Figure("sentences", cv.sentences()));
            out.println(new Figure(folds + "-fold incident or not accuracy", cv.incidentOrNot()));
            out.println(new Figure(folds + "-fold event type accuracy (none counted as a type)", cv.eventType()));
            out.println(new Figure(folds + "-fold sub-event type accuracy", cv.subEventType()));
            out.println(new Figure(folds + "-fold incidents found (recall)", cv.incidentsFound()));
            out.println(new Figure(folds + "-fold incidents precision", cv.incidentsPrecision()));
            out.flush();
        }
        int n = IncidentModelTrainer.trainTo(from, to);
        out.println("trained on " + n + " sentences; model written to " + to);
        return CommandLine.ExitCode.OK;
    }
}
