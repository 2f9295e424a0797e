/**
 * Linguistic annotation: sentences, tokens, named-entity mentions (Stanford CoreNLP, loaded once per process)
 * and date expressions resolved against the article's publication date. The only package that imports CoreNLP.
 */
package org.sitrep.nlp;
