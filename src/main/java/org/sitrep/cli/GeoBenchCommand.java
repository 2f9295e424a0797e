package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.core.Span;
import org.sitrep.eval.GeoCorpus;
import org.sitrep.geo.GeoNamesGazetteer;
import org.sitrep.geo.PlaceResolver;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "geo", mixinStandardHelpOptions = true,
        description = "Loads the shipped gazetteer and prints the time and the heap it takes, then resolves the place names "
                + "of a geoparsing corpus (given its gold spans) on one thread and prints place names resolved per second.")
final class GeoBenchCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "FILE", defaultValue = "../shared/eval/geo/lgl.xml",
            description = "A corpus in the Pragmatic Guide's XML whose names are resolved. Default: ${DEFAULT-VALUE}")
    Path corpus;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "5",
            description = "Timed passes over the corpus after one untimed warm-up pass. Default: ${DEFAULT-VALUE}")
    int rounds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        var memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        long start = System.nanoTime();
        GeoNamesGazetteer gazetteer = GeoNamesGazetteer.readShipped();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.gc();
        long retained = memory.getHeapMemoryUsage().getUsed() - before;
        out.printf(Locale.ROOT, "gazetteer places: %d%n", gazetteer.size());
        out.printf(Locale.ROOT, "gazetteer load s: %.2f%n", seconds);
        out.printf(Locale.ROOT, "gazetteer heap MB: %.0f%n", retained / (1024.0 * 1024));
        out.flush();
        if (!Files.isRegularFile(corpus)) {
            spec.commandLine().getErr().println("sitrep: bench geo: no corpus at " + corpus + "; resolution speed not measured");
            return CommandLine.ExitCode.OK;
        }
        List<GeoCorpus.GeoDocument> docs = GeoCorpus.read(corpus);
        PlaceResolver resolver = new PlaceResolver(gazetteer);
        pass(resolver, docs);
        long names = 0;
        long time = 0;
        for (int r = 0; r < rounds; r++) {
            long t = System.nanoTime();
            names += pass(resolver, docs);
            time += System.nanoTime() - t;
        }
        out.printf(Locale.ROOT, "place names resolved per second, one thread: %.0f%n", names / (time / 1e9));
        out.flush();
        return CommandLine.ExitCode.OK;
    }

    private static long pass(PlaceResolver resolver, List<GeoCorpus.GeoDocument> docs) {
        long names = 0;
        for (GeoCorpus.GeoDocument d : docs) {
            List<Span> spans = d.toponyms().stream().map(GeoCorpus.Toponym::span).toList();
            resolver.resolve(d.text(), spans);
            names += spans.size();
        }
        return names;
    }
}
