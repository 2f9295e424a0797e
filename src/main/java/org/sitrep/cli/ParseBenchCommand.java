package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.sitrep.core.Annotated;
import org.sitrep.core.Article;
import org.sitrep.core.Dependencies;
import org.sitrep.core.Hints;
import org.sitrep.core.InputException;
import org.sitrep.core.RawPage;
import org.sitrep.core.Sentence;
import org.sitrep.core.Token;
import org.sitrep.ingest.FileSource;
import org.sitrep.ingest.Limits;
import org.sitrep.nlp.DependencyParses;
import org.sitrep.pipeline.DemoCorpus;
import org.sitrep.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {"Tags and dependency-parses every sentence of the first articles of a corpus (by default the bundled",
                "FA-KES articles) by Sitrep's run of CoreNLP's neural parser and by CoreNLP's own, in alternating rounds on",
                "one thread, and prints the words parsed per CPU second of each (the best round) and how many parses differ."})
final class ParseBenchCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "PATH", description = "Files or folders to read (default: the FA-KES demo articles)")
    List<Path> corpus;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "150", description = "Articles whose sentences are parsed; default: ${DEFAULT-VALUE}")
    int articles;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3", description = "Timed rounds of each parser; default: ${DEFAULT-VALUE}")
    int rounds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (articles < 1 || rounds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--articles and --rounds must be >= 1; got: "
                    + articles + " and " + rounds);
        }
        PrintWriter out = spec.commandLine().getOut();
        Path scratch = Files.createTempDirectory("sitrep-parse-bench");
        try {
            List<Path> inputs = corpus != null ? corpus : List.of(DemoCorpus.unpack(scratch.resolve("corpus")).get(1).paths().get(0));
            measure(sentences(inputs, out), new FigureLines(out, 0));
        } finally {
            BenchCommand.delete(scratch);
        }
        return CommandLine.ExitCode.OK;
    }

    /** The words of each sentence of the first {@link #articles} articles that the parser reads (at most its length). */
    private List<List<String>> sentences(List<Path> inputs, PrintWriter out) {
        Pipeline pipeline = Runtime.pipeline();
        List<RawPage> pages = new FileSource(Limits.DEFAULT).pages(inputs, Hints.NONE, p -> out.println("# skipped " + p.getMessage()));
        List<List<String>> sentences = new ArrayList<>();
        for (RawPage page : pages.subList(0, Math.min(articles, pages.size()))) {
            try {
                Article article = pipeline.extractor().extract(page);
                Annotated a = pipeline.annotator().annotate(article);
                for (Sentence s : a.sentences()) {
                    List<String> words = a.tokens().subList(s.firstToken(), s.firstToken() + s.tokenCount()).stream().map(Token::text).toList();
                    if (words.size() <= DependencyParses.MAX_TOKENS) {
                        sentences.add(words);
                    }
                }
            } catch (InputException e) {
                out.println("# skipped " + e.getMessage());
            }
        }
        return sentences;
    }

    private void measure(List<List<String>> sentences, FigureLines figures) {
        DependencyParses parses = DependencyParses.shared();
        long words = sentences.stream().mapToLong(List::size).sum();
        figures.print("sentences", sentences.size());
        figures.print("words", words);
        double sitrep = 0;
        double coreNlp = 0;
        // A first untimed pass of each lets the JIT compile both before any round counts.
        round(sentences, parses::parse);
        round(sentences, parses::parseByCoreNlp);
        for (int r = 0; r < rounds; r++) {
            sitrep = Math.max(sitrep, words / round(sentences, parses::parse));
            coreNlp = Math.max(coreNlp, words / round(sentences, parses::parseByCoreNlp));
        }
        figures.print("sitrep tag+parse words per cpu second", sitrep);
        figures.print("corenlp tag+parse words per cpu second", coreNlp);
        figures.print("parses that differ", sentences.stream()
                .filter(s -> !parses.parse(s).equals(parses.parseByCoreNlp(s))).count());
    }

    /** CPU seconds of this thread to parse every sentence once. */
    private static double round(List<List<String>> sentences, Function<List<String>, Optional<Dependencies>> parser) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        for (List<String> s : sentences) {
            parser.apply(s);
        }
        return (threads.getCurrentThreadCpuTime() - start) / 1e9;
    }
}
