package org.sitrep.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.sitrep.core.Article;
import org.sitrep.core.Hints;
import org.sitrep.core.InputException;
import org.sitrep.core.LanguageTag;
import org.sitrep.core.RawPage;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.extract.DeclaredLanguage;
import org.sitrep.extract.LanguageGuess;
import org.sitrep.ingest.FileSource;
import org.sitrep.ingest.Limits;

/**
 * The language Sitrep reads from an article's text beside the one its page declares, over folders of HTML pages that
 * have no language truth: how often the two agree where both are known, how many declarations the text overrules, and
 * how many undeclared pages get a language.
 */
public final class LanguageEvaluation {
    private final ArticleExtractor extractor = new ArticleExtractor();
    private final Consumer<Figure> out;

    public LanguageEvaluation(Consumer<Figure> out) {
        this.out = out;
    }

    /** Reads every page in the folders (recursively) and prints the figures over all of them. */
    public void pages(List<Path> folders) {
        Tally tally = new Tally();
        FileSource source = new FileSource(Limits.DEFAULT);
        for (Path folder : folders) {
            for (RawPage page : source.pages(files(folder), Hints.NONE, problem -> { })) {
                try {
                    Article a = extractor.extract(page);
                    // A language tag is ASCII, so any decoding of the page reads it.
                    String stated = DeclaredLanguage.of(new String(page.bytes(), StandardCharsets.ISO_8859_1));
                    tally.add(stated, LanguageGuess.of(a.text()), a.language());
                } catch (InputException e) {
                    // A page without article text has no language to read; the extraction figures count such pages.
                }
            }
        }
        tally.report(out);
    }

    /** What the pages declared, what their text told and what Sitrep settled on, counted. */
    private static final class Tally {
        private int read;
        private int declared;
        private int both;
        private int agree;
        private int overruled;
        private int undeclared;
        private int given;

        void add(String stated, String guessed, String settled) {
            read++;
            if (stated == null || stated.isBlank()) {
                undeclared++;
                given += settled == null ? 0 : 1;
                return;
            }
            declared++;
            overruled += stated.equals(settled) ? 0 : 1;
            if (guessed != null) {
                both++;
                agree += guessed.equals(LanguageTag.primary(stated)) ? 1 : 0;
            }
        }

        void report(Consumer<Figure> out) {
            out.accept(new Figure("language pages read", read));
            out.accept(new Figure("language pages declaring a language", declared));
            out.accept(new Figure("language text agrees with the declaration (of " + both + " where both are known)", ratio(agree, both)));
            out.accept(new Figure("language declarations overruled by the text", overruled));
            out.accept(new Figure("language undeclared pages given one by their text (of " + undeclared + ")", ratio(given, undeclared)));
        }
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.html?(\\.gz)?$")).sorted().toList();
        } catch (IOException e) {
            throw new InputException(folder.toString(), "cannot list: " + e.getMessage(), e);
        }
    }
}
