package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.sitrep.core.Span;

/**
 * Stanford CoreNLP's own quote finding and attribution (the {@code quote} annotator with quote attribution, over
 * the default English pipeline with coreference), for evaluations that put Sitrep's figures beside it.
 */
public final class BaselineQuotes {
    /** A quote CoreNLP found, with the speaker it named, or {@code null}. */
    public record Found(Span span, String speaker) {
    }

    private final StanfordCoreNLP pipeline;

    public BaselineQuotes() {
        Properties p = new Properties();
        p.setProperty("annotators", BaselinePipeline.ANNOTATORS);
        p.setProperty("quote.attributeQuotes", "true");
        this.pipeline = new StanfordCoreNLP(p);
    }

    /** The quotes of {@code text} with their speakers; spans include the quote marks, as CoreNLP gives them. */
    public List<Found> find(String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        List<Found> out = new ArrayList<>();
        List<CoreMap> quotes = doc.get(CoreAnnotations.QuotationsAnnotation.class);
        if (quotes == null) {
            return out;
        }
        for (CoreMap q : quotes) {
            String speaker = q.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class);
            if (speaker == null) {
                speaker = q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
            }
            out.add(new Found(new Span(q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)), speaker));
        }
        return out;
    }
}
