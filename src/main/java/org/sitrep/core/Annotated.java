package org.sitrep.core;

import java.util.List;

/** An article with its linguistic annotation; all spans are offsets into {@code article.text()}. */
public record Annotated(Article article, List<Sentence> sentences, List<Token> tokens, List<Mention> mentions,
                        List<DateExpression> dates) {
    public Annotated {
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        mentions = List.copyOf(mentions);
        dates = List.copyOf(dates);
    }
}
