package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * Stanford CoreNLP's default English pipeline as it comes (tokenize, ssplit, pos, lemma, ner, depparse, coref,
 * quote), for benchmarks and evaluations that put Sitrep's figures beside it.
 */
public final class BaselinePipeline {
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

    private final StanfordCoreNLP pipeline;

    public BaselinePipeline() {
        Properties p = new Properties();
        p.setProperty("annotators", ANNOTATORS);
        this.pipeline = new StanfordCoreNLP(p);
    }

    /** Annotates the text and returns its token count. */
    public int annotate(String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        return doc.get(CoreAnnotations.TokensAnnotation.class).size();
    }
}
