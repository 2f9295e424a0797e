package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The headline an HTML page gives, through the extractor, for the ways pages mark it up (issue 5). */
class HeadlineTest {
    private static final String BODY = "<p>" + "Engineers restored the main pumping station on Sunday, the water authority said. ".repeat(3) + "</p>";
    private static final String CANONICAL = "<link rel=\"canonical\" href=\"https://citydesk.org/water/pumps-restarted\">";

    /** The headline of a page with this head and these headings before one paragraph of text. */
    private static String headline(String head, String headings) {
        String html = "<html><head>" + head + "</head><body>" + headings + "<article>" + BODY + "</article></body></html>";
        return new HtmlArticleExtractor().extract(html, null).title();
    }

    @Test
    void headingThatPrintsTheWholeTitleClosedByTheSitesNameIsCutAsTheTitleIs() {
        assertThat(headline("<title>Pumps restarted in the east | Water Reports | City Desk</title>"
                + "<meta property=\"og:site_name\" content=\"City Desk\">",
                "<h1>Pumps restarted in the east | Water Reports | City Desk</h1>")).isEqualTo("Pumps restarted in the east");
    }

    @Test
    void headingOfACardLinkingToAnotherStoryOfTheSiteIsNoHeadline() {
        String cards = "<h1>Engineers at work</h1><h1 class=\"item__title\"><a href=\"/water/2019/pumps-restarted-in-the-east\">"
                + "Pumps restarted in the eastern districts in 2019</a></h1>";
        assertThat(headline(CANONICAL + "<meta property=\"og:title\" content=\"Pumps restarted in the eastern districts\">", cards))
                .isEqualTo("Pumps restarted in the eastern districts");
    }

    @Test
    void headingLinkingToTheStorysSourceOnAnotherSiteIsStillTheHeadline() {
        assertThat(headline(CANONICAL + "<title>Pumps restarted, and water returns - City Desk</title>",
                "<h1><a href=\"https://water.example/2025/pumps\">Pumps restarted, and water returns</a></h1>"))
                .isEqualTo("Pumps restarted, and water returns");
    }

    @Test
    void headingLinkingToTheFrontPageIsTheLogoAndAnArchiveLabelIsNoHeadline() {
        assertThat(headline(CANONICAL + "<title>Harbour Notes &raquo; Blog Archive &raquo; Pumps restarted in the east</title>",
                "<h1><a href=\"https://citydesk.org/\">Harbour Notes</a></h1>")).isEqualTo("Pumps restarted in the east");
    }

    @Test
    void blogNameLeadingTheTitleIsNoHeadlineAndThePostTitleHeadingIs() {
        assertThat(headline("<title>Harbour Water Notes: Pumps restarted in the east</title>"
                + "<meta property=\"og:title\" content=\"Pumps restarted in the east\">",
                "<h1 class=\"title\">Harbour Water Notes</h1><h3 class=\"post-title entry-title\">Pumps restarted in the east</h3>"
                        + "<h1>So many pumps!</h1>")).isEqualTo("Pumps restarted in the east");
    }

    @Test
    void entryTitlesThatLinkAreCardsOfAListOfPosts() {
        assertThat(headline(CANONICAL + "<meta property=\"og:title\" content=\"Pumps restarted in the eastern districts after weeks\">",
                "<h3 class=\"entry-title\"><a href=\"https://citydesk.org/water/pumps-restarted\">Pumps restarted in the eastern districts…</a></h3>"))
                .isEqualTo("Pumps restarted in the eastern districts after weeks");
    }

    @Test
    void fieldLabelDateStampCommentCounterAndSourceNoteInsideAHeadingAreLeftOut() {
        assertThat(headline("<title>[2512.16245] Pump scheduling under drought</title>",
                "<h1><span class=\"descriptor\">Title:</span>Pump scheduling under drought</h1>")).isEqualTo("Pump scheduling under drought");
        assertThat(headline("<title>Pumps Restarted In the East - Slashdot</title>",
                "<h1><span class=\"story-title\"><a href=\"//citydesk.org/story/1\">Pumps Restarted In the East</a> <span><a class=\"story-sourcelnk\" "
                        + "href=\"https://water.example/p\"> (water.example) </a></span></span> <span class=\"comment-bubble\"><a href=\"#comments\">87</a></span></h1>"))
                .isEqualTo("Pumps Restarted In the East");
        assertThat(headline("<meta property=\"og:title\" content=\"Pumps restarted in the east\">",
                "<h2 class=\"entry-title\" itemprop=\"headline\"><time datetime=\"2025-06-17\">Jun 17 </time>Pumps restarted in the east</h2>"))
                .isEqualTo("Pumps restarted in the east");
    }

    @Test
    void headingWhoseCharactersThePageLostTakesTheTitleThatWritesThem() {
        assertThat(headline("<title>Pump Repairs: A Beginner's Guide</title>", "<h1>Pump Repairs? A Beginner? Guide</h1>"))
                .isEqualTo("Pump Repairs: A Beginner's Guide");
        assertThat(headline("<title>Are the pumps safe? | City Desk</title>", "<h1>Are the pumps safe? Engineers answer</h1>"))
                .isEqualTo("Are the pumps safe? Engineers answer");
    }

    @Test
    void emDashIsPartOfTheHeadlineButBeforeTheSitesName() {
        assertThat(headline("<title>Pumps restarted — and water returns - City Desk</title>",
                "<h2 itemprop=\"headline\"><a href=\"\">Pumps restarted — and water returns</a></h2>"))
                .isEqualTo("Pumps restarted — and water returns");
        assertThat(headline("<title>Pumps restarted in the east — City Desk</title><meta property=\"og:site_name\" content=\"City Desk\">", ""))
                .isEqualTo("Pumps restarted in the east");
    }
}
