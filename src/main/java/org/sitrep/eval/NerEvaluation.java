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
 * the annotator as their tokens joined by spaces, thirty sentences an article. Documents are the runs of sentences
 * between "-DOCSTART-" lines; a corpus may also be scored by its first and second half of documents apart, so that
 * one half is studied and the other only reported.
 */
public final class NerEvaluation {
    private static final int SENTENCES_PER_ARTICLE = 30;
    private static final String DOCSTART = "-DOCSTART-";
    private static final List<String> TYPES = List.of("PER", "ORG", "LOC", "MISC");

    /** One gold entity or prediction: sentence, first token, one past the last token, type. */
    record Entity(int sentence, int begin, int end, String type) {
        boolean overlaps(Entity o) {
            return sentence == o.sentence && begin < o.end && o.begin < end;
        }
    }

    /** Sentences as tokens, the gold entities, and the document (0-based, in file order) of each sentence. */
    private record Corpus(List<List<String>> tokens, Set<Entity> gold, List<Integer> documents) {
        int documentCount() {
            return documents.isEmpty() ? 0 : documents.get(documents.size() - 1) + 1;
        }

        boolean inFirstHalf(Entity e) {
            return documents.get(e.sentence()) < (documentCount() + 1) / 2;
        }
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

    /**
     * As {@link #score}, and then again for the first half of the documents (the first ceil(n/2), the half one studies)
     * and the second half (the half one only reports) apart, as "NAME first half ..." and "NAME second half ...". Each
     * error of the first system on the first half goes to {@code firstHalfErrors}, one line each, in file order; the
     * second half's errors are never given out.
     */
    public void scoreByHalves(String corpusName, Path file, int tokenColumn, int tagColumn, Map<String, Annotator> systems,
            Consumer<String> firstHalfErrors) {
        Corpus corpus = read(file, tokenColumn, tagColumn);
        Set<Entity> firstGold = half(corpus.gold(), corpus, true);
        Set<Entity> secondGold = half(corpus.gold(), corpus, false);
        out.accept(new Figure(corpusName + " sentences", corpus.tokens().size()));
        out.accept(new Figure(corpusName + " gold entities", corpus.gold().size()));
        out.accept(new Figure(corpusName + " documents", corpus.documentCount()));
        out.accept(new Figure(corpusName + " first half gold entities", firstGold.size()));
        out.accept(new Figure(corpusName + " second half gold entities", secondGold.size()));
        boolean first = true;
        for (Map.Entry<String, Annotator> system : systems.entrySet()) {
            Set<Entity> predicted = predict(corpus.tokens(), system.getValue());
            report(corpusName + " " + system.getKey(), corpus.gold(), predicted);
            report(corpusName + " first half " + system.getKey(), firstGold, half(predicted, corpus, true));
            report(corpusName + " second half " + system.getKey(), secondGold, half(predicted, corpus, false));
            if (first) {
                NerErrors.describe(corpus.tokens(), firstGold, half(predicted, corpus, true)).forEach(firstHalfErrors);
                first = false;
            }
        }
    }

    private static Set<Entity> half(Set<Entity> entities, Corpus corpus, boolean firstHalf) {
        Set<Entity> out = new HashSet<>();
        for (Entity e : entities) {
            if (corpus.inFirstHalf(e) == firstHalf) {
                out.add(e);
            }
        }
        return out;
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
        List<Integer> documents = new ArrayList<>();
        int document = -1;
        for (String line : lines) {
            String[] cols = line.strip().split("\\s+");
            // WikiGold writes its marker in the token column and CoNLL in the first; the first document of a file
            // may have none.
            boolean docStart = cols[0].equals(DOCSTART) || cols.length > tokenColumn && cols[tokenColumn].equals(DOCSTART);
            if (docStart || document < 0 && !line.isBlank()) {
                flush(tokens, tags, sentences, gold);
                fillDocuments(documents, sentences.size(), document);
                document++;
            }
            if (line.isBlank() || cols[0].equals(DOCSTART)) {
                flush(tokens, tags, sentences, gold);
                continue;
            }
            if (cols.length > Math.max(tokenColumn, tagColumn)) {
                tokens.add(cols[tokenColumn]);
                tags.add(cols[tagColumn]);
            }
        }
        flush(tokens, tags, sentences, gold);
        fillDocuments(documents, sentences.size(), document);
        return new Corpus(sentences, gold, documents);
    }

    private static void fillDocuments(List<Integer> documents, int sentences, int document) {
        while (documents.size() < sentences) {
            documents.add(Math.max(0, document));
        }
    }

    /**
     * Adds the sentence of {@code tokens} and its gold entities, then empties {@code tokens} and {@code tags} for the
     * next one (so a second flush at the same boundary adds nothing). IOB1 and IOB2 alike: an entity starts at B-X, or
     * at I-X after a tag of another type.
     */
    private static void flush(List<String> tokens, List<String> tags, List<List<String>> sentences, Set<Entity> gold) {
        if (tokens.isEmpty()) {
            return;
        }
        int s = sentences.size();
        sentences.add(List.copyOf(tokens));
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
        tokens.clear();
        tags.clear();
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
