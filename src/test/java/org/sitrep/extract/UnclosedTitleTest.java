package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnclosedTitleTest {
    @Test
    void endsAnUnclosedTitleAtTheNextTag() {
        assertThat(UnclosedTitle.closed("<html><head><title>Television - Intww.x.co.uk/o.xml\" />\n<body><p>Text</p>"))
                .isEqualTo("<html><head><title>Television - Intww.x.co.uk/o.xml\" />\n</title><body><p>Text</p>");
    }

    @Test
    void leavesAClosedTitleAlone() {
        String page = "<html><head><title>Talks resume</title></head><body><p>Text</p>";
        assertThat(UnclosedTitle.closed(page)).isSameAs(page);
    }

    @Test
    void leavesAPageWithoutTitleAlone() {
        String page = "<html><body><p>Text</p>";
        assertThat(UnclosedTitle.closed(page)).isSameAs(page);
    }

    @Test
    void pageWithAnUnclosedTitleKeepsItsArticle() {
        String page = "<html><head><title>Cut short<link rel=\"x\"></head><body><h1>Talks resume</h1><p>" + "The talks resumed on Monday. ".repeat(20)
                + "</p></body></html>";
        assertThat(new HtmlArticleExtractor().extract(page, null).paragraphs()).isNotEmpty();
    }
}
