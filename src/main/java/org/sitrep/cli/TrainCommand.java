package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.eval.Figure;
import org.sitrep.eval.QuoteModelTraining;
import org.sitrep.eval.ReportedTraining;
import org.sitrep.eval.SpeakerTraining;
import org.sitrep.events.IncidentModelTrainer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "train", mixinStandardHelpOptions = true,
        header = "Trains a model Sitrep ships, after printing its cross-validated figures.",
        description = "Trains a model Sitrep ships from the labelled data in the repository, after printing its "
                + "cross-validated figures: \"events\", the incident classifier of the events stage, from labelled sentences; "
                + "\"speakers\", the speaker ranker of the quotes stage, from PolNeAR's train split; \"statements\", the "
                + "quotes stage's filter of reported speech, from PolNeAR's train split; \"places\", the place ranker of "
                + "the geo stage, from the dev halves of LGL and GeoWebNews; \"names\", the resolve stage's keep-or-drop of names "
                + "used once, from the field corpus's dev half (--field, default bench/field).")
final class TrainCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "MODEL", description = "What to train: events, speakers, statements, places or names")
    String what;

    @Option(names = "--from", paramLabel = "DIR",
            description = "events: labelled sentences (TSV files, see bench/events/train/GUIDE.md), default "
                    + "bench/events/train; speakers and statements: a PolNeAR split, default ../shared/eval/quotes/polnear/train "
                    + "(never dev, which measures the ranker); places: geoparsing corpora, comma-separated, default "
                    + "../shared/eval/geo/lgl.xml,../shared/eval/geo/GWN.xml (only their dev halves are read)")
    Path from;

    @Option(names = "--to", paramLabel = "FILE",
            description = "Where to write the model; default src/main/resources/org/sitrep/events/incident-model.tribuo "
                    + "or src/main/resources/org/sitrep/quotes/speaker-model.tribuo or reported-model.tribuo or "
                    + "src/main/resources/org/sitrep/geo/place-model.tribuo")
    Path to;

    @Option(names = "--field", paramLabel = "DIR", defaultValue = "none",
            description = "speakers and statements: a field corpus (bench/field) whose development half (never its test "
                    + "half) also trains the ranker or filter, its shared: pages read from ../shared/eval; \"none\" for "
                    + "PolNeAR alone. Default: ${DEFAULT-VALUE}")
    String field;

    @Option(names = "--examples", paramLabel = "FILE",
            description = "statements: read the labelled candidates from FILE, as -Dsitrep.quotes.reported.dump wrote them, "
                    + "instead of annotating PolNeAR and the field corpus (minutes, not the better part of an hour)")
    Path examples;

    @Option(names = "--folds", defaultValue = "5", description = "Cross-validation folds, 0 for none. Default: ${DEFAULT-VALUE}")
    int folds;

    @Option(names = "--errors", arity = "0..1", paramLabel = "THRESHOLD", fallbackValue = "shipped",
            description = "names: print to stderr, after the cross-validated figures, the dev names that the out-of-fold rules "
                    + "backed by the model at THRESHOLD (default: the shipped threshold) keep with no gold form and the real ones "
                    + "they drop, each with its article, type, probability and context")
    String errors;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
        if (what.equals("speakers")) {
            return speakers();
        }
        if (what.equals("statements")) {
            return statements();
        }
        if (what.equals("places")) {
            return places();
        }
        if (what.equals("names")) {
            return names();
        }
        if (!what.equals("events")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "MODEL must be events, speakers, statements, places or names; got: " + what);
        }
        from = from != null ? from : Path.of("bench/events/train");
        to = to != null ? to : Path.of("src/main/resources/org/sitrep/events/incident-model.tribuo");
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

    private int speakers() {
        return quoteModel(SpeakerTraining::read, Path.of("src/main/resources/org/sitrep/quotes/speaker-model.tribuo"), "statements");
    }

    private int statements() throws java.io.IOException {
        if (examples != null && !Files.isRegularFile(examples)) {
            spec.commandLine().getErr().println("sitrep: train: no dump of labelled candidates at " + examples);
            return CommandLine.ExitCode.SOFTWARE;
        }
        if (examples != null) {
            ReportedTraining training = ReportedTraining.fromDump(examples);
            return trained(training, to != null ? to : Path.of("src/main/resources/org/sitrep/quotes/reported-model.tribuo"),
                    "reported candidates");
        }
        return quoteModel(ReportedTraining::read, Path.of("src/main/resources/org/sitrep/quotes/reported-model.tribuo"),
                "reported candidates");
    }

    /** How one of the quotes stage's models reads a PolNeAR split. */
    private interface PolnearReader<T> {
        T read(java.util.List<Path> splits, org.sitrep.nlp.Annotator annotator);
    }

    /**
     * Reads the PolNeAR split (and the field corpus when asked), prints the cross-validated figures, then trains and
     * writes the model.
     */
    private <T extends QuoteModelTraining<T>> int quoteModel(PolnearReader<T> reader, Path defaultTo, String examples) {
        from = from != null ? from : Path.of("../shared/eval/quotes/polnear/train");
        to = to != null ? to : defaultTo;
        if (!Files.isDirectory(from)) {
            spec.commandLine().getErr().println("sitrep: train: no PolNeAR split at " + from);
            return CommandLine.ExitCode.SOFTWARE;
        }
        T training = reader.read(java.util.List.of(from), org.sitrep.nlp.CoreNlpAnnotator.shared());
        if (!field.equals("none")) {
            try {
                training = training.withFieldDev(Path.of(field), Path.of("../shared/eval"), Runtime.pipeline(),
                        m -> spec.commandLine().getErr().println("sitrep: train: " + m));
            } catch (java.io.IOException | org.sitrep.core.SitrepException e) {
                spec.commandLine().getErr().println("sitrep: train: cannot read the field corpus at " + field + ": " + e.getMessage());
                return CommandLine.ExitCode.SOFTWARE;
            }
        }
        return trained(training, to, examples);
    }

    /** Prints the cross-validated figures of {@code training}, then trains and writes the model to {@code to}. */
    private int trained(QuoteModelTraining<?> training, Path to, String examples) {
        var out = spec.commandLine().getOut();
        if (folds > 1) {
            training.crossValidate(folds, f -> {
                out.println(f);
                out.flush();
            });
        }
        training.train().save(to);
        out.println("trained on " + training.size() + " " + examples + "; model written to " + to);
        return CommandLine.ExitCode.OK;
    }

    /** The resolve stage's keep-or-drop of names used once, from the field corpus's dev half. */
    private int names() throws java.io.IOException {
        Path dir = Path.of(field.equals("none") ? "bench/field" : field);
        to = to != null ? to : Path.of("src/main/resources/org/sitrep/resolve/once-named-model.tribuo");
        var out = spec.commandLine().getOut();
        var training = org.sitrep.eval.OnceNamedTraining.read(dir, Path.of("../shared/eval"),
                m -> spec.commandLine().getErr().println("sitrep: train: " + m));
        if (folds > 1) {
            training.crossValidate(folds, f -> {
                out.println(f);
                out.flush();
            });
            training.printCurve(folds, org.sitrep.resolve.LearnedOnceNamed.THRESHOLD, f -> {
                out.println(f);
                out.flush();
            });
            String weights = System.getProperty("sitrep.resolve.outoffold");
            if (weights != null) {
                training.writeOutOfFold(folds, Path.of(weights));
            }
            if (errors != null) {
                training.printErrors(folds, errorThreshold(), spec.commandLine().getErr()::println);
            }
        }
        training.train().save(to);
        out.println("trained on " + training.size() + " names used once; model written to " + to);
        return CommandLine.ExitCode.OK;
    }

    /** The threshold {@code --errors} names, the shipped one when it names none. */
    private double errorThreshold() {
        if (errors.equals("shipped")) {
            return org.sitrep.resolve.LearnedOnceNamed.THRESHOLD;
        }
        try {
            return Double.parseDouble(errors);
        } catch (NumberFormatException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--errors must be a probability; got: " + errors);
        }
    }

    private int places() throws java.io.IOException {
        java.util.List<Path> corpora = from != null ? java.util.Arrays.stream(from.toString().split(",")).map(Path::of).toList()
                : java.util.List.of(Path.of("../shared/eval/geo/lgl.xml"), Path.of("../shared/eval/geo/GWN.xml"));
        to = to != null ? to : Path.of("src/main/resources/org/sitrep/geo/place-model.tribuo");
        for (Path corpus : corpora) {
            if (!Files.isRegularFile(corpus)) {
                spec.commandLine().getErr().println("sitrep: train: no geoparsing corpus at " + corpus);
                return CommandLine.ExitCode.SOFTWARE;
            }
        }
        var out = spec.commandLine().getOut();
        var training = org.sitrep.eval.PlaceTraining.read(corpora, org.sitrep.geo.GeoNamesGazetteer.shared());
        if (folds > 1) {
            training.crossValidate(folds, f -> {
                out.println(f);
                out.flush();
            });
        }
        training.train().save(to);
        out.println("trained on the " + training.size() + " gold place names of the dev halves; model written to " + to);
        return CommandLine.ExitCode.OK;
    }
}
