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
        // A heading of question marks is the page's own, and is matched in no time.
        String marks = "Pumps" + "?".repeat(40) + " restarted" + "? ?".repeat(20);
        assertThat(headline("<title>Pumps restarted " + "x".repeat(80) + "</title>", "<h1>" + marks + "</h1>")).isEqualTo(marks);
    }

    @Test
    void emDashIsPartOfTheHeadlineButBeforeTheSitesName() {
        assertThat(headline("<title>Pumps restarted — and water returns - City Desk</title>",
                "<h2 itemprop=\"headline\"><a href=\"\">Pumps restarted — and water returns</a></h2>"))
                .isEqualTo("Pumps restarted — and water returns");
        assertThat(headline("<title>Pumps restarted in the east — City Desk</title><meta property=\"og:site_name\" content=\"City Desk\">", ""))
                .isEqualTo("Pumps restarted in the east");
    }

    @Test
    void headlineIsTheHeadingThatAgreesBestWithThePagesTitleNotTheFirstThatSharesAWord() {
        assertThat(headline("<title>Water returns to the east (City Desk)</title>",
                "<h1>City Desk's Water Reports:</h1><h1>Water returns to the east</h1>")).isEqualTo("Water returns to the east");
    }

    @Test
    void headingThatSharesOnlyTheSitesNameWithTheTitleIsNoHeadline() {
        assertThat(headline("<title>Water returns to the eastern districts – Harbour Water Group</title>"
                + "<meta property=\"og:site_name\" content=\"Harbour Water Group\">", "<header><h1>Return to Harbour Website</h1></header>"))
                .isEqualTo("Water returns to the eastern districts");
    }

    @Test
    void headingThatIsTheHostsNameIsALogoAndLeavesTheTitle() {
        assertThat(headline("<title>citydeskwater.org Pumps restarted</title>"
                + "<link rel=\"canonical\" href=\"https://citydeskwater.org/2025/12/pumps.html\">",
                "<h1>citydeskwater.org</h1><h2>December 16, 2025</h2>")).isEqualTo("Pumps restarted");
    }

    @Test
    void headlineWithASubtitleStyledAsALineOfItsOwnKeepsItsWordsApart() {
        assertThat(headline("<title>Pumps restarted: what the eastern districts need to know | City Desk</title>",
                "<h1>Pumps restarted<span class=\"block\">What the eastern districts need to know</span></h1>"))
                .isEqualTo("Pumps restarted What the eastern districts need to know");
        assertThat(headline("<title>McCain visits the iPhone plant | City Desk</title>",
                "<h1>Mc<b>Cain</b> visits the <i>iPhone</i> plant</h1>")).isEqualTo("McCain visits the iPhone plant");
    }

    @Test
    void kickerBeforeTheHeadlineThatThePagesTitleLeavesOutIsDropped() {
        assertThat(headline("<title>Pumps restarted in the eastern districts | City Desk</title>",
                "<h1><strong>Live updates:</strong> Pumps restarted in the eastern districts</h1>"))
                .isEqualTo("Pumps restarted in the eastern districts");
        assertThat(headline("<title>Aleppo: Pumps restarted in the eastern districts | City Desk</title>",
                "<h1>Aleppo: Pumps restarted in the eastern districts</h1>"))
                .isEqualTo("Aleppo: Pumps restarted in the eastern districts");
    }

    @Test
    void titleWithoutAHeadlineGivesItsFirstPartNotItsLongestWhenTheSitesNameIsLonger() {
        assertThat(headline("<title>Pump Station Report | Eastern Districts Water Authority</title>", "<h1>Reports</h1>"))
                .isEqualTo("Pump Station Report");
    }

    @Test
    void titleLedByTheHostsNameGivesThePartAfterIt() {
        assertThat(headline("<title>Citydesk | Pumps restarted in the eastern districts</title>"
                + "<link rel=\"canonical\" href=\"https://www.citydesk.org/2025/12/pumps.html\">", ""))
                .isEqualTo("Pumps restarted in the eastern districts");
    }

    @Test
    void headlineSetInCapitalsOrLedByItsDateTakesTheWordingOfThePagesTitle() {
        assertThat(headline("<title>Talks Resume in the Capital | City Desk</title>", "<h1>TALKS RESUME IN THE CAPITAL</h1>"))
                .isEqualTo("Talks Resume in the Capital");
        assertThat(headline("<title>Ceasefire Talks Resume: What Each Side Wants | City Desk</title>", "<h1>CEASEFIRE TALKS RESUME IN THE CAPITAL</h1>"))
                .isEqualTo("Ceasefire Talks Resume: What Each Side Wants");
        assertThat(headline("<title>Talks resume in the capital • City Desk</title>", "<h1>Dec 18 2025 Talks resume in the capital</h1>"))
                .isEqualTo("Talks resume in the capital");
    }
}
