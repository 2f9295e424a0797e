package org.sitrep.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.sitrep.core.Annotated;
import org.sitrep.core.AttributedQuote;
import org.sitrep.core.ContentType;
import org.sitrep.core.InputException;
import org.sitrep.core.Json;
import org.sitrep.core.Processed;
import org.sitrep.core.Quote;
import org.sitrep.core.QuoteKind;
import org.sitrep.core.RawPage;
import org.sitrep.nlp.BaselineQuotes;
import org.sitrep.pipeline.DemoCorpus;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.resolve.EntityResolver;

/** Runs quote attribution over gold data and reports figures, with CoreNLP's quote attribution beside it on request. */
public final class QuoteEvaluation {
    private final Pipeline pipeline;
    private final Consumer<Figure> out;

    public QuoteEvaluation(Pipeline pipeline, Consumer<Figure> out) {
        this.pipeline = pipeline;
        this.out = out;
    }

    /**
     * Lines for studying a PolNeAR split's errors (only a split that is not reported as held out).
     *
     * @param speakerErrors  each direct quote, and each reported statement, found with a wrong or no speaker
     * @param falseReported  each reported statement predicted that matches no gold attribution
     * @param missedReported each gold reported statement that no statement predicted matches
     */
    public record StudyLines(Consumer<String> speakerErrors, Consumer<String> falseReported, Consumer<String> missedReported) {
        /** No lines printed. */
        public static StudyLines none() {
            return new StudyLines(line -> { }, line -> { }, line -> { });
        }
    }

    /**
     * Scores the PolNeAR split in {@code split}; with {@code baseline}, CoreNLP too, on the first {@code baselineDocs}
     * articles; also gives each error {@code study} asks for.
     */
    public void polnear(Path split, boolean baseline, int baselineDocs, StudyLines study) {
        List<EvalDocument> docs = PolnearCorpus.read(split);
        out.accept(new Figure("polnear articles", docs.size()));
        AttributionScorer ours = new AttributionScorer();
        long t = System.nanoTime();
        for (EvalDocument d : docs) {
            ours.add(d.attributions(), predict(d), d.text());
        }
        out.accept(new Figure("polnear sitrep seconds", (System.nanoTime() - t) / 1e9));
        ours.figures("polnear sitrep").forEach(out);
        ours.directSpeakerErrors().forEach(e -> study.speakerErrors().accept("polnear speaker error\t" + e));
        ours.directNameOnlyErrors().forEach(e -> study.speakerErrors().accept("polnear speaker name differs\t" + e));
        ours.reportedSpeakerErrors().forEach(e -> study.speakerErrors().accept("polnear reported speaker error\t" + e));
        ours.falseReported().forEach(e -> study.falseReported().accept("polnear no statement\t" + e));
        ours.missedReported().forEach(e -> study.missedReported().accept("polnear missed reported\t" + e));
        if (baseline) {
            BaselineQuotes corenlp = new BaselineQuotes();
            AttributionScorer theirs = new AttributionScorer();
            AttributionScorer oursOnSame = new AttributionScorer();
            List<EvalDocument> sample = docs.subList(0, Math.min(baselineDocs, docs.size()));
            for (EvalDocument d : sample) {
                List<Predicted> found = corenlp.find(d.text()).stream()
                        .map(f -> new Predicted(f.span(), null, f.speaker(), true, null)).toList();
                theirs.add(d.attributions(), found);
                oursOnSame.add(d.attributions(), predict(d));
            }
            out.accept(new Figure("polnear baseline articles", sample.size()));
            theirs.directFigures("polnear corenlp-quoteattribution").forEach(out);
            oursOnSame.directFigures("polnear sitrep (same articles)").forEach(out);
        }
    }

    private List<Predicted> predict(EvalDocument d) {
        TextLayout layout = TextLayout.of(d.text());
        Annotated annotated = pipeline.annotator().annotate(layout.article());
        List<Quote> quotes = pipeline.attributor().find(annotated);
        EntityResolver.Resolved resolved = pipeline.resolver().resolve(annotated, quotes);
        List<Predicted> out = new ArrayList<>();
        for (AttributedQuote aq : resolved.quotes()) {
            Quote q = aq.quote();
            out.add(new Predicted(layout.toGold(q.content()), q.speaker() == null ? null : layout.toGold(q.speaker().span()),
                    aq.speakerName(), q.kind() != QuoteKind.REPORTED, q.speaker() == null ? null : q.speaker().basis()));
        }
        return out;
    }

    /** Scores the seed article against its gold annotation ({@code gold.json} beside it). */
    public void seed(Path seedText, Path goldJson, boolean baseline) {
        Map<?, ?> gold = (Map<?, ?>) Json.parse(read(goldJson)).orElseThrow(() -> new InputException(goldJson.toString(), "not JSON"));
        byte[] bytes = read(seedText).getBytes(StandardCharsets.UTF_8);
        Processed p = pipeline.process(new RawPage(seedText.toString(), bytes, ContentType.PAGE_TEXT, null, Instant.now(), DemoCorpus.SEED_HINTS));
        SeedQuoteScore score = new SeedQuoteScore(gold);
        score.score(p.quotes()).forEach(out);
        if (baseline) {
            List<BaselineQuotes.Found> found = new BaselineQuotes().find(p.article().text());
            String text = p.article().text();
            out.accept(new Figure("seed corenlp-quoteattribution speakers right (of 10)", score.baselineSpeakersRight(text, found)));
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(p.toString(), "cannot read: " + e.getMessage(), e);
        }
    }

    static String normalise(String s) {
        return s.replaceAll("[“”\"‘’'«»]", "").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
