package org.sitrep.nlp;

/**
 * How the CoreNLP pipeline is configured.
 *
 * @param nerModel classpath of the CRF model; the 3-class model is ten times faster than the default
 *                 combination of three CRFs with SUTime and fine-grained tagging, and the types it gives
 *                 (PERSON, ORGANIZATION, LOCATION) are the ones Sitrep records
 * @param maxSentenceTokens sentences longer than this are not tagged (guards against pathological inputs)
 */
public record NlpSettings(String nerModel, int maxSentenceTokens) {
    public static final NlpSettings FAST = new NlpSettings(
            "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz", 250);
}
