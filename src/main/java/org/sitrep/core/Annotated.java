package org.sitrep.core;

import java.util.List;

/**
 * An article with its linguistic annotation; all spans are offsets into {@code article.text()}, but those of dates
 * that stand in a caption ({@link DateExpression#caption()} not {@code null}), which are offsets into that caption.
 *
 * @param dates    the dates of the text in text order, then those of the captions
 * @param readUpTo how far into the article's text the annotation goes (UTF-16 offset): the text's length when the
 *                 whole article was read, less when only its beginning was (see {@link ArticleBudget})
 */
public record Annotated(Article article, List<Sentence> sentences, List<Token> tokens, List<Mention> mentions,
                        List<DateExpression> dates, int readUpTo) {
    public Annotated {
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        mentions = List.copyOf(mentions);
        dates = List.copyOf(dates);
    }

    /** The annotation of a whole article. */
    public Annotated(Article article, List<Sentence> sentences, List<Token> tokens, List<Mention> mentions,
                     List<DateExpression> dates) {
        this(article, sentences, tokens, mentions, dates, article.textLength());
    }

    /** Whether only the beginning of the article was read. */
    public boolean isPartial() {
        return readUpTo < article.textLength();
    }

    /** This annotation over the part of the article it covers: itself when it covers the whole. */
    public Annotated readPart() {
        return isPartial() ? new Annotated(article.upTo(readUpTo), sentences, tokens, mentions, dates) : this;
    }
}
