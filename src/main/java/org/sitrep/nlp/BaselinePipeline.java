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
    /** CoreNLP's named-entity recognition as it comes: three CRFs, SUTime, numeric and fine-grained tagging. */
    public static final String DEFAULT_NER = "tokenize,ssplit,pos,lemma,ner";

    private final StanfordCoreNLP pipeline;

    /** The default English pipeline ({@link #ANNOTATORS}). */
    public BaselinePipeline() {
        this(ANNOTATORS);
    }

    /** CoreNLP with the given annotators, each with its default settings. */
    public BaselinePipeline(String annotators) {
        Properties p = new Properties();
        p.setProperty("annotators", annotators);
        this.pipeline = new StanfordCoreNLP(p);
    }

    /** Annotates the text and returns its token count. */
    public int annotate(String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        return doc.get(CoreAnnotations.TokensAnnotation.class).size();
    }
}
