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

    @Test
    void aDayGivenByTheUserThatIsNotThePagesOwnDropsThePagesTime() {
        java.time.OffsetDateTime at = java.time.OffsetDateTime.parse("2016-03-05T09:30:00+02:00");
        Article timed = new Article(null, "Title", List.of(), java.time.LocalDate.of(2016, 3, 5), null, null, List.of(),
                List.of("Body."), "en", null, at);
        assertThat(timed.withPublished(java.time.LocalDate.of(2016, 3, 5)).publishedAt()).isEqualTo(at);
        assertThat(timed.withPublished(java.time.LocalDate.of(2016, 3, 6)).publishedAt()).isNull();
    }

    @Test
    void anArticleCutShortKeepsAPrefixOfItsTextEndingAtAWord() {
        String text = article.text();
        for (int limit = 1; limit <= text.length(); limit++) {
            String cut = article.upTo(limit).text();
            assertThat(text).startsWith(cut);
            assertThat(cut.length()).isLessThanOrEqualTo(limit);
            assertThat(cut).doesNotEndWith(" ").doesNotEndWith("\n");
        }
        assertThat(article.upTo(14).text()).isEqualTo("Title\n\nFirst");
        assertThat(article.upTo(24).text()).isEqualTo("Title\n\nFirst paragraph.");
    }

    @Test
    void anArticleNoLongerThanTheLimitIsItself() {
        assertThat(article.upTo(article.text().length())).isSameAs(article);
    }

    @Test
    void textLengthIsTheLengthOfTheJoinedText() {
        for (Article a : List.of(article, article.withTitle(""), new Article(null, "", List.of(), null, null, null, List.of(),
                List.of("", "x", ""), "en"), new Article(null, "Only a title", List.of(), null, null, null, List.of(), List.of(), "en"))) {
            assertThat(a.textLength()).isEqualTo(a.text().length());
        }
    }

    @Test
    void anArticleCutShortKeepsOnlyTheBlockQuotesOfItsParagraphsLeft() {
        Article quoting = article.withBlockQuotes(List.of(new BlockQuote(0, 1)));

        assertThat(quoting.upTo(24).blockQuotes()).containsExactly(new BlockQuote(0, 0));
    }

    @Test
    void rejectsABlockQuoteBeyondTheParagraphs() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> article.withBlockQuotes(List.of(new BlockQuote(1, 2))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got: BlockQuote[first=1, last=2]");
    }
}
