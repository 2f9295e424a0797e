package org.sitrep.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTest {
    private final Article article = new Article(null, "Title", List.of("A B"), null, null, null, List.of(),
            List.of("First paragraph.", "Second one."), "en");

    @Test
    void textIsTitleThenParagraphsJoinedByBlankLines() {
        assertThat(article.text()).isEqualTo("Title\n\nFirst paragraph.\n\nSecond one.");
    }

    @Test
    void paragraphSpansPointAtTheirParagraphsInTheText() {
        String text = article.text();
        assertThat(article.paragraphSpans()).extracting(s -> s.of(text)).containsExactly("First paragraph.", "Second one.");
    }

    @Test
    void textWithoutTitleStartsWithTheFirstParagraph() {
        Article untitled = article.withTitle("");
        assertThat(untitled.text()).startsWith("First paragraph.");
        assertThat(untitled.paragraphSpans().get(0).begin()).isZero();
    }
}
