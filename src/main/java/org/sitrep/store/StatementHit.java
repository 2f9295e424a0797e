package org.sitrep.store;

import org.sitrep.core.ArticleSummary;
import org.sitrep.core.AttributedQuote;

/** A statement with the article it stands in. */
public record StatementHit(ArticleSummary article, AttributedQuote quote) {
}
