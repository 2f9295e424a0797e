package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Which captions a page's figures give, on pages written for these tests. */
class FiguresTest {
    private static final String SLIDE = "<div class=\"slide\"><img src=\"/%1$d.jpg\"><div class=\"media__caption\">"
            + "<span class=\"media__caption-head\">Ten years of war</span> – Soldiers wait at the base on May %1$d, 2007.</div>"
            + "<div class=\"gallery-showhide\"><div class=\"gallery-caption\">Hide Caption</div></div></div>";

    @Test
    void captionFoldingButtonIsNoCaption() {
        String html = "<html><body>" + SLIDE.formatted(1) + SLIDE.formatted(2) + "</body></html>";
        assertThat(Figures.captions(Jsoup.parse(html))).doesNotContain("Hide Caption");
    }

    @Test
    void labelBeforeTheGalleryIsNoCaption() {
        String html = "<html><body><div class=\"caption\"><span>Photos:</span></div>" + SLIDE.formatted(1) + "</body></html>";
        assertThat(Figures.captions(Jsoup.parse(html))).doesNotContain("Photos:");
    }

    @Test
    void captionHeadComesOnlyWithItsCaption() {
        String html = "<html><body>" + SLIDE.formatted(1) + SLIDE.formatted(2) + "</body></html>";
        assertThat(Figures.captions(Jsoup.parse(html))).containsExactly(
                "Ten years of war – Soldiers wait at the base on May 1, 2007.",
                "Ten years of war – Soldiers wait at the base on May 2, 2007.");
    }

    @Test
    void captionInsideAnElementThatAddsItsCreditComesWithoutTheCredit() {
        String html = "<html><body><figure><img src=\"/1.jpg\"><div class=\"caption\"><span class=\"caption-text\">"
                + "Smoke rises over the district on March 21</span> <span>Credit: AFP</span></div></figure></body></html>";
        assertThat(Figures.captions(Jsoup.parse(html))).containsExactly("Smoke rises over the district on March 21");
    }
}
