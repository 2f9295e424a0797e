package org.sitrep.nlp;

/**
 * How the CoreNLP pipeline is configured.
 *
 * @param nerModel classpath of the CRF model; the 3-class model is ten times faster than the default
 *                 combination of three CRFs with SUTime and fine-grained tagging, and the types it gives
 *                 (PERSON, ORGANIZATION, LOCATION) are the ones Sitrep records
 * @param maxSentenceTokens sentences longer than this are not tagged (guards against pathological inputs)
 * @param knowledgeBase whether the knowledge base of actors corrects and completes the tagger's mentions
 * @param syntax whether the annotation offers dependency parses of its sentences ({@link DependencyParses}), made
 *               for the sentences a later stage asks about
 */
public record NlpSettings(String nerModel, int maxSentenceTokens, boolean knowledgeBase, boolean syntax) {
    /**
     * The settings Sitrep runs with. The dependency parses are on unless the system property
     * {@code sitrep.nlp.syntax=off}: they raise quote speakers a point (field test direct+partial 0.827 -> 0.837,
     * reported 0.841 -> 0.860) for about a tenth of the throughput, because only the beginnings of the few sentences
     * whose speaker stands apart from its cue are parsed, from the end of a quotation before the cue (about 13 words
     * an article; {@code sitrep bench} on a quiet machine 24,118 -> 21,488 tokens/s, above the 20,000 target); off,
     * the quote stage reads speakers from word positions alone.
     */
    public static final NlpSettings FAST = new NlpSettings(
            "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz", 250, true,
            !"off".equals(System.getProperty("sitrep.nlp.syntax")));
    /** CoreNLP's stock CoNLL-2003 model (PER, ORG, LOC, MISC), without the knowledge base: a baseline for evaluations. */
    public static final NlpSettings STOCK_CONLL = new NlpSettings(
            "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz", 250, false, false);

    public NlpSettings withKnowledgeBase(boolean value) {
        return new NlpSettings(nerModel, maxSentenceTokens, value, syntax);
    }

    public NlpSettings withSyntax(boolean value) {
        return new NlpSettings(nerModel, maxSentenceTokens, knowledgeBase, value);
    }
}
