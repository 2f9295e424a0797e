package org.sitrep.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the quotes stage reads a token's word. */
class ArticleTextTest {
    @Test
    void readsACliticWithTheTypographicApostropheAsTheAsciiOne() {
        assertThat(ArticleText.asciiClitic("n\u2019t")).isEqualTo("n't");
        assertThat(ArticleText.asciiClitic("\u2019s")).isEqualTo("'s");
    }

    @Test
    void leavesALoneApostropheAndOtherWordsAsTheyAre() {
        assertThat(ArticleText.asciiClitic("\u2019")).isEqualTo("\u2019");
        assertThat(ArticleText.asciiClitic("o\u2019brien")).isEqualTo("o\u2019brien");
    }
}
