package org.sitrep.web;

import org.sitrep.core.ArticleSummary;
import org.sitrep.store.StatementHit;

/** A statement in a list, with the article it comes from and a link to its place there. */
public record StatementView(QuoteView quote, ArticleSummary article, String href) {
    static StatementView of(StatementHit hit) {
        QuoteView q = QuoteView.of(hit.quote());
        return new StatementView(q, hit.article(), Links.article(hit.article().id()) + "#" + q.anchor());
    }
}
