package org.sitrep.quotes;

import org.sitrep.core.Span;

/**
 * Words between quote marks.
 *
 * @param outer from the opening mark to the closing mark, both included
 * @param content the words inside the marks
 * @param closed false when the paragraph ended before a closing mark
 */
record QuotedSpan(Span outer, Span content, boolean closed) {
}
