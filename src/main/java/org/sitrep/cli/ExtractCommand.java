package org.sitrep.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.core.Article;
import org.sitrep.core.Hints;
import org.sitrep.core.InputException;
import org.sitrep.core.Json;
import org.sitrep.core.RawPage;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.ingest.FileSource;
import org.sitrep.ingest.InputSink;
import org.sitrep.ingest.Limits;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        header = "Extracts articles without storing them, as one JSON object per line.",
        description = "Extracts articles without storing them: one JSON object per file, one per line, in the order given: "
                + "{\"file\", \"title\", \"byline\", \"published\", \"outlet\", \"captions\", \"paragraphs\", \"text\"}, then "
                + "{\"url\", \"language\", \"section\", \"published_at\", \"image\": {\"url\", \"caption\"}}, null when unknown; "
                + "a file that cannot be read gives {\"file\", \"error\"}. A CSV file gives one line per row.")
final class ExtractCommand implements Callable<Integer> {
    @Option(names = "--url", paramLabel = "URL",
            description = "Address the single files were read from, as ingest takes it: the headline rules read the site's name from it")
    String url;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date of the single files given")
    LocalDate published;

    @Option(names = "--outlet", paramLabel = "NAME", description = "Outlet of the single files given")
    String outlet;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to extract")
    List<Path> files;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        ArticleExtractor extractor = new ArticleExtractor();
        FileSource source = new FileSource(Limits.DEFAULT);
        boolean[] failed = {false};
        Hints hints = new Hints(null, published, outlet, url);
        for (Path file : files) {
            source.read(List.of(file), hints, new InputSink() {
                @Override
                public void page(RawPage page) {
                    try {
                        out.println(Json.write(line(page.origin(), extractor.extract(page))));
                    } catch (InputException e) {
                        problem(e);
                    } catch (RuntimeException e) {
                        // A page that breaks the extractor (a bug) is reported against its file, as ingest does; the rest go on.
                        problem(new InputException(page.origin(), "extraction failed: " + e, e));
                    }
                }

                @Override
                public void problem(InputException problem) {
                    failed[0] = true;
                    Map<String, Object> line = new LinkedHashMap<>();
                    line.put("file", problem.input());
                    line.put("error", problem.reason());
                    out.println(Json.write(line));
                }
            });
        }
        out.flush();
        return failed[0] ? CommandLine.ExitCode.SOFTWARE : CommandLine.ExitCode.OK;
    }

    private static Map<String, Object> line(String file, Article a) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("file", file);
        line.put("title", a.title());
        line.put("byline", a.byline());
        line.put("published", a.published() == null ? null : a.published().toString());
        line.put("outlet", a.outlet());
        line.put("captions", a.captions());
        line.put("paragraphs", a.paragraphs());
        line.put("text", a.text());
        // Added to the contract's fields: what else the page says of itself.
        line.put("url", a.url());
        line.put("language", a.language());
        line.put("section", a.section());
        line.put("published_at", a.publishedAt() == null ? null : a.publishedAt().toString());
        line.put("image", a.image());
        return line;
    }
}
