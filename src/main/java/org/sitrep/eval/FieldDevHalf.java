package org.sitrep.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.sitrep.core.ContentType;
import org.sitrep.core.Hints;
import org.sitrep.core.Json;
import org.sitrep.core.Processed;
import org.sitrep.core.RawPage;
import org.sitrep.pipeline.Pipeline;

/** The field corpus's development half (never its test half), each article read by the pipeline, for training. */
final class FieldDevHalf {
    /** One article: its gold annotation and what the pipeline made of its page. */
    record Read(FieldGold gold, Processed processed) {
    }

    private FieldDevHalf() {
    }

    /**
     * The dev half's articles of the corpus in {@code dir}, in the order of their gold files; articles whose page is
     * absent are named to {@code problems} and skipped.
     */
    static List<Read> read(Path dir, Path shared, Pipeline pipeline, Consumer<String> problems) throws IOException {
        List<Read> out = new ArrayList<>();
        each(dir, shared, pipeline, problems, out::add);
        return out;
    }

    /** As {@link #read}, handing each article to {@code each} as soon as the pipeline has read it. */
    static void each(Path dir, Path shared, Pipeline pipeline, Consumer<String> problems, Consumer<Read> each) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir.resolve("gold"))) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path f : files) {
            FieldGold g = Json.read(f.toString(), Files.readString(f), FieldGold.class);
            if (HalfSplit.isTest(g.id())) {
                continue;
            }
            Path page = FieldEvaluation.pagePath(g.page(), dir, shared);
            if (page == null || !Files.isRegularFile(page)) {
                problems.accept(g.id() + ": page " + g.page() + " is absent; skipped");
                continue;
            }
            each.accept(new Read(g, pipeline.process(new RawPage(page.toString(), FieldEvaluation.read(page), ContentType.HTML, null,
                    Instant.EPOCH, Hints.NONE))));
        }
    }
}
