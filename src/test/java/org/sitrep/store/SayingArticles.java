package org.sitrep.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.Annotated;
import org.sitrep.core.Article;
import org.sitrep.core.AttributedQuote;
import org.sitrep.core.Processed;
import org.sitrep.core.Quote;
import org.sitrep.core.QuoteKind;
import org.sitrep.core.Sentence;
import org.sitrep.core.Span;

/** Articles made of nothing but statements, for tests of the statement search. */
final class SayingArticles {
    private SayingArticles() {
    }

    /** An article at {@code url}, published on {@code day}, whose paragraphs are the statements, each a direct quote. */
    static Processed saying(String url, LocalDate day, String... statements) {
        List<String> paragraphs = new ArrayList<>();
        for (String s : statements) {
            paragraphs.add("\"" + s + "\"");
        }
        Article a = new Article(url, "Statements", List.of(), day, "Alpha", null, List.of(), paragraphs, "en", null, null);
        String text = a.text();
        List<AttributedQuote> quotes = new ArrayList<>();
        int from = 0;
        for (String s : statements) {
            int at = text.indexOf(s, from);
            from = at + s.length();
            quotes.add(new AttributedQuote(new Quote(new Span(at, from), s, QuoteKind.DIRECT, null, null, null, null, null), null));
        }
        Annotated ann = new Annotated(a, List.of(new Sentence(new Span(0, text.length()), 0, 1)), List.of(), List.of(), List.of());
        return new Processed("test", ann, List.of(), quotes, List.of(), List.of(), List.of());
    }
}
