package org.sitrep.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.sitrep.core.Annotated;
import org.sitrep.core.Article;
import org.sitrep.core.InputException;
import org.sitrep.core.Mention;
import org.sitrep.core.Span;
import org.sitrep.nlp.Annotator;

/**
 * Entity-level named-entity scores on token-per-line corpora (CoNLL-2003: "token POS chunk TAG", IOB1; WikiGold:
 * "index token TAG", IOB2): an entity counts when its tokens and type are exactly the gold ones. Texts are given to
 * the annotator as their tokens joined by spaces, thirty sentences an article.
 */
public final class NerEvaluation {
    private static final int SENTENCES_PER_ARTICLE = 30;
    private static final List<String> TYPES = List.of("PER", "ORG", "LOC", "MISC");

    /** One gold entity or prediction: sentence, first token, one past the last token, type. */
    private record Entity(int sentence, int begin, int end, String type) {
    }

    private record Corpus(List<List<String>> tokens, Set<Entity> gold) {
    }

    private final Consumer<Figure> out;

    public NerEvaluation(Consumer<Figure> out) {
        this.out = out;
    }

    /** Scores each named annotator on the corpus (tokenColumn, tagColumn: 0-based columns). */
    public void score(String corpusName, Path file, int tokenColumn, int tagColumn, Map<String, Annotator> systems) {
        Corpus corpus = read(file, tokenColumn, tagColumn);
        out.accept(new Figure(corpusName + " sentences", corpus.tokens().size()));
        out.accept(new Figure(corpusName + " gold entities", corpus.gold().size()));
        systems.forEach((name, annotator) -> report(corpusName + " " + name, corpus.gold(), predict(corpus.tokens(), annotator)));
    }

    private void report(String prefix, Set<Entity> gold, Set<Entity> predicted) {
        int allTp = 0;
        int allP = 0;
        int allG = 0;
        for (String type : TYPES) {
            int tp = 0;
            int p = 0;
            int g = 0;
            for (Entity e : predicted) {
                if (e.type().equals(type)) {
                    p++;
                    tp += gold.contains(e) ? 1 : 0;
                }
            }
            for (Entity e : gold) {
                g += e.type().equals(type) ? 1 : 0;
            }
            out.accept(new Figure(prefix + " " + type + " F1", f1(tp, p, g)));
            if (!type.equals("MISC")) {
                allTp += tp;
                allP += p;
                allG += g;
            }
        }
        out.accept(new Figure(prefix + " PER+ORG+LOC micro F1", f1(allTp, allP, allG)));
    }

    private static double f1(int tp, int predicted, int gold) {
        double p = predicted == 0 ? 0 : (double) tp / predicted;
        double r = gold == 0 ? 0 : (double) tp / gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static Set<Entity> predict(List<List<String>> sentences, Annotator annotator) {
        Set<Entity> out = new HashSet<>();
        for (int first = 0; first < sentences.size(); first += SENTENCES_PER_ARTICLE) {
            int last = Math.min(sentences.size(), first + SENTENCES_PER_ARTICLE);
            List<String> paragraphs = new ArrayList<>();
            for (int s = first; s < last; s++) {
                paragraphs.add(String.join(" ", sentences.get(s)));
            }
            Article article = new Article(null, "", List.of(), null, null, null, List.of(), paragraphs, "en");
            Annotated annotated = annotator.annotate(article);
            List<Span> spans = article.paragraphSpans();
            for (Mention m : annotated.mentions()) {
                for (int p = 0; p < spans.size(); p++) {
                    if (spans.get(p).contains(m.span())) {
                        Entity e = toTokens(first + p, sentences.get(first + p), m.span().begin() - spans.get(p).begin(),
                                m.span().end() - spans.get(p).begin(), label(m));
                        if (e != null) {
                            out.add(e);
                        }
                    }
                }
            }
        }
        return out;
    }

    private static String label(Mention m) {
        return switch (m.type()) {
            case PERSON -> "PER";
            case ORGANIZATION -> "ORG";
            case LOCATION -> "LOC";
            default -> "MISC";
        };
    }

    /** The tokens a character range of "tok tok tok" covers; {@code null} when it cuts a token. */
    private static Entity toTokens(int sentence, List<String> tokens, int begin, int end, String type) {
        int offset = 0;
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            int tb = offset;
            int te = offset + tokens.get(i).length();
            if (tb == begin) {
                first = i;
            }
            if (te == end) {
                last = i;
            }
            offset = te + 1;
        }
        return first >= 0 && last >= first ? new Entity(sentence, first, last + 1, type) : null;
    }

    private static Corpus read(Path file, int tokenColumn, int tagColumn) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read: " + e.getMessage(), e);
        }
        List<List<String>> sentences = new ArrayList<>();
        Set<Entity> gold = new HashSet<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String line : lines) {
            String[] cols = line.strip().split("\\s+");
            if (line.isBlank() || cols[0].equals("-DOCSTART-")) {
                flush(tokens, tags, sentences, gold);
                tokens = new ArrayList<>();
                tags = new ArrayList<>();
                continue;
            }
            if (cols.length > Math.max(tokenColumn, tagColumn)) {
                tokens.add(cols[tokenColumn]);
                tags.add(cols[tagColumn]);
            }
        }
        flush(tokens, tags, sentences, gold);
        return new Corpus(sentences, gold);
    }

    /** IOB1 and IOB2 alike: an entity starts at B-X, or at I-X after a tag of another type. */
    private static void flush(List<String> tokens, List<String> tags, List<List<String>> sentences, Set<Entity> gold) {
        if (tokens.isEmpty()) {
            return;
        }
        int s = sentences.size();
        sentences.add(tokens);
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String t = tag.length() > 2 ? tag.substring(2) : null;
            boolean begins = tag.startsWith("B-") || tag.startsWith("I-") && !t.equals(type);
            if (type != null && (tag.equals("O") || begins)) {
                gold.add(new Entity(s, start, i, type));
                type = null;
            }
            if (begins) {
                start = i;
                type = t;
            }
        }
    }

    /** The systems compared by default, named. */
    public static Map<String, Annotator> systems(Annotator sitrep, Annotator withoutKb, Annotator stock) {
        Map<String, Annotator> m = new LinkedHashMap<>();
        m.put("sitrep", sitrep);
        m.put("sitrep-without-knowledge-base", withoutKb);
        m.put("corenlp-stock-4class", stock);
        return m;
    }
}
