package org.sitrep.eval;

import org.sitrep.core.Span;

/**
 * One attribution of a gold corpus.
 *
 * @param source the span naming who said it, or {@code null} when the annotation has none
 * @param direct true when the content holds quote marks
 */
record GoldAttribution(Span content, String contentText, Span source, String sourceText, boolean direct) {
}
