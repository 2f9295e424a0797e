package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.core.Json;
import org.sitrep.pipeline.Records;
import org.sitrep.store.AcledCsv;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.Database;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.ExportedArticle;
import org.sitrep.store.FeatureCollectionWriter;
import org.sitrep.store.PlaceStore;
import org.sitrep.store.PlaceQuery;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        header = "Writes what is stored to standard output as JSONL (articles), ACLED CSV or GeoJSON (events and places).",
        description = {"Writes what is stored to standard output:",
                "  jsonl      every article as one JSON object per line (schema in EXPORT.md)",
                "  acled-csv  every event as one row under ACLED's column names, then Sitrep's",
                "  geojson    one FeatureCollection of every event and every place named where something happens",
                "It reads the database alone, so it works while a server or an ingest runs on the data directory."})
final class ExportCommand implements Callable<Integer> {
    private static final List<String> FORMATS = List.of("jsonl", "acled-csv", "geojson");

    @Mixin
    DataOption data;

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT", description = "jsonl (default), acled-csv or geojson")
    String format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!FORMATS.contains(format)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown --format '" + format
                    + "'; the formats are: " + String.join(", ", FORMATS));
        }
        PrintWriter out = spec.commandLine().getOut();
        // The database alone: an export needs no search index (so one from PostgreSQL into a new --data builds none),
        // and the database admits readers while a server owns the data directory's index.
        try (Records workspace = data.records()) {
            EventStore events = workspace.events();
            switch (format) {
                case "acled-csv" -> {
                    out.print(AcledCsv.header());
                    events.forEach(EventQuery.ALL, row -> out.print(AcledCsv.row(row)));
                }
                case "geojson" -> {
                    try (FeatureCollectionWriter features = new FeatureCollectionWriter(out)) {
                        events.forEach(EventQuery.ALL, features::event);
                        workspace.places().forEach(PlaceQuery.ALL, features::place);
                    }
                }
                default -> workspace.store().forEach(a -> out.println(Json.write(ExportedArticle.of(a, events.incidentsOf(a.id())))));
            }
        }
        out.flush();
        return CommandLine.ExitCode.OK;
    }
}
