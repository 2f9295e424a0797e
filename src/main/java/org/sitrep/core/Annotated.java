package org.sitrep.core;

import java.util.List;

/**
 * An article with its linguistic annotation; all spans are offsets into {@code article.text()}, but those of dates
 * that stand in a caption ({@link DateExpression#caption()} not {@code null}), which are offsets into that caption.
 *
 * @param dates    the dates of the text in text order, then those of the captions
 * @param readUpTo how far into the article's text the annotation goes (UTF-16 offset): the text's length when the
 *                 whole article was read, less when only its beginning was (see {@link ArticleBudget})
 * @param syntax   the dependency parses of the sentences, made on demand; {@link Syntax#NONE} when there are none
 */
public record Annotated(Article article, List<Sentence> sentences, List<Token> tokens, List<Mention> mentions,
                        List<DateExpression> dates, int readUpTo, Syntax syntax) {
    public Annotated {
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        mentions = List.copyOf(mentions);
        dates = List.copyOf(dates);
        syntax = syntax == null ? Syntax.NONE : syntax;
    }

    /** An annotation without dependency parses. */
    public Annotated(Article article, List<Sentence> sentences, List<Token> tokens, List<Mention> mentions,
                     List<DateExpression> dates, int readUpTo) {
        this(article, sentences, tokens, mentions, dates, readUpTo, Syntax.NONE);
    }

    /** The annotation of a whole article. */
    public Annotated(Article article, List<Sentence> sentences, List<Token> tokens, List<Mention> mentions,
                     List<DateExpression> dates) {
        this(article, sentences, tokens, mentions, dates, article.textLength(), Syntax.NONE);
    }

    /** This annotation with {@code value} as its sentences' parses. */
    public Annotated withSyntax(Syntax value) {
        return new Annotated(article, sentences, tokens, mentions, dates, readUpTo, value);
    }

    /** Whether only the beginning of the article was read. */
    public boolean isPartial() {
        return readUpTo < article.textLength();
    }

    /** This annotation over the part of the article it covers: itself when it covers the whole. */
    public Annotated readPart() {
        if (!isPartial()) {
            return this;
        }
        Article read = article.upTo(readUpTo);
        return new Annotated(read, sentences, tokens, mentions, dates, read.textLength(), syntax);
    }
}
