package org.sitrep.cli;

import org.sitrep.extract.ArticleExtractor;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.resolve.EntityResolver;

/** The parts every command builds the same way. */
final class Runtime {
    private Runtime() {
    }

    static Pipeline pipeline() {
        return new Pipeline(new ArticleExtractor(), CoreNlpAnnotator.shared(), new EntityResolver());
    }

    static int workers() {
        return Math.max(1, java.lang.Runtime.getRuntime().availableProcessors());
    }
}
