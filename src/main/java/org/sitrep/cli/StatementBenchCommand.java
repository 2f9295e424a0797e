package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.sitrep.core.Annotated;
import org.sitrep.core.Article;
import org.sitrep.core.AttributedQuote;
import org.sitrep.core.PageRequest;
import org.sitrep.core.Processed;
import org.sitrep.core.Quote;
import org.sitrep.core.QuoteKind;
import org.sitrep.core.ResultPage;
import org.sitrep.core.Sentence;
import org.sitrep.core.Span;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.Database;
import org.sitrep.store.PendingArticle;
import org.sitrep.store.QuoteQuery;
import org.sitrep.store.StatementHit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "statements", mixinStandardHelpOptions = true,
        description = {"Writes made-up articles of statements (words drawn as frequent as in the bundled FA-KES articles)",
                "into a temporary SQLite store, with no NLP, then times two-word statement searches (first page of 20 and",
                "the total, as /quotes asks them) through the word index and through the LIKE scan of every statement",
                "used before it (issue 19), then searches for words most statements hold. Prints build time, store size,",
                "matches and p50/p95/p99 in ms, one per line."})
final class StatementBenchCommand implements Callable<Integer> {
    private static final List<String> COMMON_PAIRS = List.of("the said", "of the", "in and", "the to", "Syrian the",
            "said in", "and of", "the in", "to of", "a the");

    @Option(names = "--statements", paramLabel = "N", defaultValue = "200000", description = "Statements written; default: ${DEFAULT-VALUE}")
    int statements;

    @Option(names = "--per-article", paramLabel = "N", defaultValue = "10", description = "Statements in each article; default: ${DEFAULT-VALUE}")
    int perArticle;

    @Option(names = "--words", paramLabel = "N", defaultValue = "20", description = "Words in each statement; default: ${DEFAULT-VALUE}")
    int words;

    @Option(names = "--searches", paramLabel = "N", defaultValue = "200", description = "Searches timed, each way; default: ${DEFAULT-VALUE}")
    int searches;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "20", description = "Searches run first and not timed; default: ${DEFAULT-VALUE}")
    int warmup;

    @Option(names = "--keep", paramLabel = "DIR",
            description = "Write the store into DIR and keep it; when DIR already holds one, time searches on it without writing")
    Path keep;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (statements < 1 || perArticle < 1 || words < 1 || searches < 1 || warmup < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--statements, --per-article, --words and --searches must be >= 1, --warmup >= 0");
        }
        PrintWriter out = spec.commandLine().getOut();
        FigureLines figures = new FigureLines(out, 1);
        boolean reuse = keep != null && Files.exists(keep.resolve("sitrep.db"));
        Path dir = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("sitrep-statement-bench");
        try (Database db = Database.open(dir)) {
            ArticleStore store = new ArticleStore(db);
            if (!reuse) {
                build(store, figures);
            }
            figures.print("statements", store.statements(query("", 1)).total());
            figures.print("store MB", Files.size(dir.resolve("sitrep.db")) / (1024.0 * 1024));
            List<String> queries = queries();
            time("word index", queries, warmup, store::statements, figures);
            time("LIKE scan", queries, warmup, store::statementsBySubstrings, figures);
            time("word index, common words", commonQueries(), COMMON_PAIRS.size(), store::statements, figures);
        } finally {
            if (keep == null) {
                SearchBenchCommand.delete(dir);
            }
        }
        return CommandLine.ExitCode.OK;
    }

    private void build(ArticleStore store, FigureLines figures) {
        SyntheticArticles made = new SyntheticArticles(18, words);
        long t = System.nanoTime();
        List<PendingArticle> batch = new ArrayList<>();
        int articles = (statements + perArticle - 1) / perArticle;
        for (int i = 0; i < articles; i++) {
            batch.add(PendingArticle.of(article(made, i, Math.min(perArticle, statements - i * perArticle))));
            if (batch.size() == 200 || i == articles - 1) {
                store.saveAll(batch);
                batch.clear();
            }
        }
        figures.print("articles", articles);
        figures.print("build s", (System.nanoTime() - t) / 1e9);
    }

    private Processed article(SyntheticArticles made, int number, int count) {
        List<String> said = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder s = new StringBuilder();
            for (int w = 0; w < words; w++) {
                s.append(w == 0 ? "" : " ").append(made.word());
            }
            said.add(s.toString());
        }
        List<String> paragraphs = said.stream().map(s -> "\"" + s + "\" said a spokesman.").toList();
        LocalDate day = LocalDate.of(2011, 3, 1).plusDays(number % 3650);
        Article a = new Article("https://statements.example/" + number, "Statements " + number, List.of(), day,
                "Outlet " + number % 7, null, List.of(), paragraphs, "en", null, null);
        String text = a.text();
        List<AttributedQuote> quotes = new ArrayList<>();
        int from = 0;
        for (String s : said) {
            int at = text.indexOf(s, from);
            from = at + s.length();
            quotes.add(new AttributedQuote(new Quote(new Span(at, from), s, QuoteKind.DIRECT, null, null, null, null, null), null));
        }
        Annotated ann = new Annotated(a, List.of(new Sentence(new Span(0, text.length()), 0, 1)), List.of(), List.of(), List.of());
        return new Processed("bench", ann, List.of(), quotes, List.of(), List.of(), List.of());
    }

    /** Two-word searches from a generator of their own, the same whether or not the store was written in this run. */
    private List<String> queries() {
        SyntheticArticles made = new SyntheticArticles(19, words);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < warmup + searches; i++) {
            out.add(made.searchWord() + " " + made.searchWord());
        }
        return out;
    }

    private static QuoteQuery query(String words, int page) {
        return new QuoteQuery(null, words, null, null, null, null, new PageRequest(page, 20));
    }

    /**
     * Ten searches for words found in most statements, each timed five times after one untimed round: the searches
     * that read the most matches, which the random ones above rarely draw.
     */
    private static List<String> commonQueries() {
        List<String> out = new ArrayList<>();
        for (int round = 0; round < 6; round++) {
            out.addAll(COMMON_PAIRS);
        }
        return out;
    }

    private void time(String way, List<String> queries, int warmup, Function<QuoteQuery, ResultPage<StatementHit>> search,
                      FigureLines figures) {
        Latencies latencies = new Latencies();
        long matches = 0;
        for (int i = 0; i < queries.size(); i++) {
            long t = System.nanoTime();
            ResultPage<StatementHit> r = search.apply(query(queries.get(i), 1));
            if (i >= warmup) {
                latencies.add((System.nanoTime() - t) / 1e6);
                matches += r.total();
            }
        }
        figures.print(way + ": searches", latencies.count());
        figures.print(way + ": mean matching statements", (double) matches / latencies.count());
        figures.print(way + ": two-word statement search p50 ms", latencies.percentile(50));
        figures.print(way + ": two-word statement search p95 ms", latencies.percentile(95));
        figures.print(way + ": two-word statement search p99 ms", latencies.percentile(99));
    }
}
