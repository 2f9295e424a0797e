package org.sitrep.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sitrep.core.InputException;
import org.sitrep.core.Processed;
import org.sitrep.core.RawPage;
import org.sitrep.events.IncidentModelTrainer;

/**
 * Events on general news, judged by article: the share of articles that report no incident ACLED would code
 * (obituaries, science, elections, accidents, storms) in which Sitrep codes an event anyway, and the share of articles
 * about an incident in which it codes one. GDELT's failing is the first: events where nothing happened.
 *
 * <p>Articles whose sentences the event classifier was trained on (a {@code source} of {@code wikinews:<url>} in the
 * training folder's TSV files) are left out, so the figures are of articles the model never saw.
 */
public final class IncidentArticleEvaluation {
    /** An article's label: whether it reports an incident ACLED would code. */
    enum Label { INCIDENT, NONE, UNCLEAR }

    private final Function<RawPage, Processed> pipeline;
    private final Consumer<Figure> out;
    private final Consumer<String> devErrors;

    public IncidentArticleEvaluation(Function<RawPage, Processed> pipeline, Consumer<Figure> out) {
        this(pipeline, out, m -> { });
    }

    /**
     * @param devErrors told each article of the dev half (never the test half) labelled with no incident that got an
     *                  event (with the event's sentence) or labelled with one that got none, to study
     */
    public IncidentArticleEvaluation(Function<RawPage, Processed> pipeline, Consumer<Figure> out,
                                     Consumer<String> devErrors) {
        this.pipeline = pipeline;
        this.out = out;
        this.devErrors = devErrors;
    }

    /**
     * Reads every page, codes those labelled and not trained on, and prints the figures for all of them and for each
     * half by address.
     *
     * @param labels   TSV with the header {@code url label title}, label {@code incident}, {@code none} or {@code unclear}
     * @param trained  the addresses the classifier was trained on; those pages are left out
     * @throws InputException when a label line is malformed, naming the file and line
     */
    public void run(Path labels, List<RawPage> pages, Set<String> trained) {
        Map<String, Label> byUrl = readLabels(labels);
        List<Coded> coded = new ArrayList<>();
        long leftOut = 0;
        for (RawPage page : pages) {
            String url = page.hints().url();
            Label label = byUrl.get(url);
            if (label != null && trained.contains(url)) {
                leftOut++;
            } else if (label != null) {
                Processed processed = pipeline.apply(page);
                coded.add(new Coded(url, label, processed.events().size()));
                if (!HalfSplit.isTest(url)) {
                    tellDevError(url, label, processed);
                }
            }
        }
        out.accept(new Figure("incident articles left out as trained on", leftOut));
        report("incident articles", coded);
        report("incident articles dev", HalfSplit.dev(coded, Coded::url));
        report("incident articles test", HalfSplit.test(coded, Coded::url));
    }

    private void tellDevError(String url, Label label, Processed processed) {
        if (label == Label.INCIDENT && processed.events().isEmpty()) {
            devErrors.accept("incident, no event: " + url);
        }
        if (label != Label.NONE) {
            return;
        }
        for (var e : processed.events()) {
            devErrors.accept(String.format(Locale.ROOT, "no incident, event %s %.2f [%s]: %s | %s", e.subType(),
                    e.confidence(), e.actor1().name(), url, e.evidenceIn(processed.article()).strip()));
        }
    }

    private record Coded(String url, Label label, int events) {
    }

    private void report(String name, List<Coded> coded) {
        for (Label label : List.of(Label.NONE, Label.INCIDENT)) {
            List<Coded> these = coded.stream().filter(c -> c.label() == label).toList();
            String kind = label == Label.NONE ? "reporting no incident" : "reporting an incident";
            out.accept(new Figure(name + " " + kind, these.size()));
            if (!these.isEmpty()) {
                out.accept(new Figure(name + " " + kind + " with an event",
                        these.stream().filter(c -> c.events() > 0).count() / (double) these.size()));
            }
        }
    }

    /** The label of each address in a labels file. */
    static Map<String, Label> readLabels(Path file) {
        List<String> lines = lines(file);
        Map<String, Label> out = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] f = lines.get(i).split("\t", -1);
            String where = file + " line " + (i + 1);
            if (f.length != 3) {
                throw new InputException(where, "expected 3 tab-separated fields (url, label, title); got " + f.length);
            }
            try {
                out.put(f[0].strip(), Label.valueOf(f[1].strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InputException(where, "label must be incident, none or unclear; got: " + f[1]);
            }
        }
        return out;
    }

    /** The addresses of the {@code wikinews:<url>} sources among the event classifier's labelled sentences in {@code folder}. */
    public static Set<String> trainedAddresses(Path folder) {
        return IncidentModelTrainer.sources(folder).stream().filter(s -> s.startsWith(WIKINEWS))
                .map(s -> s.substring(WIKINEWS.length()).strip()).collect(Collectors.toSet());
    }

    private static final String WIKINEWS = "wikinews:";

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
