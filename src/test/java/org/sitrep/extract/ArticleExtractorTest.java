package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.Seed;
import org.sitrep.core.Article;
import org.sitrep.core.ContentType;
import org.sitrep.core.Hints;
import org.sitrep.core.InputException;
import org.sitrep.core.LeadImage;
import org.sitrep.core.RawPage;

class ArticleExtractorTest {
    private final ArticleExtractor extractor = new ArticleExtractor();

    private Article extract(byte[] bytes, ContentType type, Hints hints) {
        return extractor.extract(new RawPage("test", bytes, type, null, Instant.EPOCH, hints));
    }

    /** An HTML page given as a string, read as a page without hints. */
    /** One article's worth of running text, for pages whose point is what lies around it. */
    private static final String TALKS = "Delegations returned to the capital on Tuesday for talks, officials said. ".repeat(3).strip();

    /** A page whose body is one {@code <article>} holding these blocks. */
    private static String article(String blocks) {
        return "<html><body><article>" + blocks + "</article></body></html>";
    }

    private Article page(String html) {
        return extract(html.getBytes(StandardCharsets.UTF_8), ContentType.HTML, Hints.NONE);
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = ArticleExtractorTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void seedGivesItsHeadlineBylineTwoCaptionsAndTwentyTwoParagraphsWithoutChrome() {
        Article a = extract(Seed.text().getBytes(StandardCharsets.UTF_8), ContentType.PAGE_TEXT, Hints.NONE);
        assertThat(a.title()).isEqualTo(Seed.TITLE);
        assertThat(a.byline()).containsExactly("Joanna Paraszczuk");
        assertThat(a.captions()).containsExactly(
                "Syrian civil defense workers and pedestrians clear debris after a suspected Syrian government air strike in the Bab al-Nairab neighborhood in the northern Syrian city of Aleppo on November 12.",
                "Syrian President Bashar al-Assad is backing a UN plan to implement a “freeze” in fighting in Aleppo, intended to allow humanitarian aid into the city. (file photo)");
        assertThat(a.paragraphs()).hasSize(22);
        assertThat(a.paragraphs().get(0)).startsWith("Amid reports that Syrian government forces are pressuring rebel groups");
        assertThat(a.paragraphs().get(21)).endsWith("to control gas fields in the Jebel Shaar area east of Homs city.");
        assertThat(a.text()).doesNotContain("Accessibility links", "Breaking News", "About This Blog", "Latest Posts",
                "provides news, opinion, and analysis");
    }

    @Test
    void hintsWinOverWhatThePageSays() {
        Article a = extract(Seed.text().getBytes(StandardCharsets.UTF_8), ContentType.PAGE_TEXT,
                new Hints(null, LocalDate.of(2014, 12, 1), "RFE/RL", "https://example.org/a"));
        assertThat(a.published()).isEqualTo(LocalDate.of(2014, 12, 1));
        assertThat(a.outlet()).isEqualTo("RFE/RL");
        assertThat(a.url()).isEqualTo("https://example.org/a");
    }

    @Test
    void htmlPageGivesMetadataFromJsonLdAndMetaTags() throws IOException {
        Article a = extract(fixture("news-page.html"), ContentType.HTML, Hints.NONE);
        assertThat(a.title()).isEqualTo("Shelling hits market in eastern town");
        assertThat(a.byline()).containsExactly("Rana Haddad");
        assertThat(a.published()).isEqualTo(LocalDate.of(2016, 3, 5));
        assertThat(a.publishedAt()).isEqualTo(java.time.OffsetDateTime.parse("2016-03-05T09:30:00+02:00"));
        assertThat(a.outlet()).isEqualTo("The Levant Ledger");
        assertThat(a.url()).isEqualTo("https://ledger.example/news/shelling-market");
        assertThat(a.language()).isEqualTo("en-gb");
        assertThat(a.image()).isEqualTo(new LeadImage("https://ledger.example/news/market.jpg",
                "Smoke rises over the market in Deir ez-Zor on March 4."));
    }

    @Test
    void leadImageIsTheSharedImageWithTheCaptionOfTheFigureThatShowsIt() {
        String html = "<html><head><meta property=\"og:image\" content=\"/media/convoy.jpg?w=1200\"></head><body>"
                + "<h1>Talks resume in the capital</h1><figure><img src=\"/media/logo.png\"><figcaption>Our logo</figcaption></figure>"
                + "<figure><img src=\"https://cdn.example/media/convoy.jpg\" alt=\"A convoy\"><figcaption>Aid trucks wait at the "
                + "crossing.</figcaption></figure><p>" + "Delegations returned to the capital on Tuesday for talks, officials said. ".repeat(3)
                + "</p></body></html>";
        Article a = extract(html.getBytes(StandardCharsets.UTF_8), ContentType.HTML, Hints.NONE.withUrl("https://news.example/2020/talks"));
        Article none = extract("<html><body><h1>Talks resume in the capital</h1><p>Delegations returned to the capital on Tuesday.</p></body></html>"
                .getBytes(StandardCharsets.UTF_8), ContentType.HTML, Hints.NONE);
        assertThat(a.image()).isEqualTo(new LeadImage("https://news.example/media/convoy.jpg?w=1200", "Aid trucks wait at the crossing."));
        assertThat(none.image()).isNull();
    }

    @Test
    void htmlPageKeepsBodyAndHeadingsAndCaptionsApartAndDropsChrome() throws IOException {
        Article a = extract(fixture("news-page.html"), ContentType.HTML, Hints.NONE);
        assertThat(a.captions()).containsExactly("Smoke rises over the market in Deir ez-Zor on March 4.");
        assertThat(a.paragraphs()).containsExactly(
                "Shelling hit a crowded market in the eastern town on Friday, killing at least twelve people, a monitoring group said.",
                "The Syrian Observatory for Human Rights said the shells were fired from positions held by government forces, a claim that could not be independently verified.",
                "Residents flee",
                "Residents said they had started leaving the town after days of fighting, carrying what they could.",
                "Title trick: <script>alert(1)</script> stays text.");
    }

    @Test
    void htmlBodySplitOverSiblingContainersIsTakenWhole() throws IOException {
        Article a = extract(fixture("split-body.html"), ContentType.HTML, Hints.NONE);
        assertThat(a.title()).isEqualTo("Ceasefire talks resume");
        assertThat(a.byline()).containsExactly("Sami Khoury");
        assertThat(a.published()).isEqualTo(LocalDate.of(2017, 5, 2));
        assertThat(a.paragraphs()).hasSize(4).doesNotContain("Advertisement");
    }

    @Test
    void articleCutIntoOneBlockPerSectionIsTakenWholeWithoutTheSideColumn() throws IOException {
        Article a = extract(fixture("builder-blocks.html"), ContentType.HTML, Hints.NONE);
        assertThat(a.paragraphs()).hasSize(9).startsWith("Station back in service", "Engineers restored the main "
                + "pumping station on Sunday after three weeks of repairs, the water authority said.")
                .endsWith("Aid groups warned that the network would stay fragile until the power supply was stable.")
                .noneMatch(p -> p.contains("Bread prices") || p.contains("rights reserved"));
    }

    @Test
    void listArticleIsTakenWithEveryItemNotJustTheLongest() throws IOException {
        Article a = extract(fixture("list-article.html"), ContentType.HTML, Hints.NONE);
        assertThat(a.paragraphs()).contains("Al-Noor Bakery", "Old City | Bread", "Dar al-Halawiyat",
                "The bakery reopened in spring with one oven and now bakes flatbread for three neighbourhoods every morning.",
                "Sweets made to a family recipe, with pistachios brought from the north when the roads are open.")
                .noneMatch(p -> p.contains("Privacy") || p.contains("About us"));
    }

    @Test
    void articleInsideAnUnclosedAsideOrAStreamedHiddenBlockIsKept() throws IOException {
        Article a = extract(fixture("unclosed-aside-and-streamed.html"), ContentType.HTML, Hints.NONE);
        assertThat(a.paragraphs()).contains(
                "The district clinic reopened on Monday after repairs to its roof and generator, its director said.",
                "More than two hundred patients came on the first day, many of them children with fevers, a nurse said.")
                .noneMatch(p -> p.contains("Home"));
    }

    @Test
    void articleWhoseSectionsLieElevenBareWrappersDeepIsReadWholeNotJustItsReferenceList() {
        String wrap = "<div class=\"css-w\">".repeat(11);
        String unwrap = "</div>".repeat(11);
        StringBuilder page = new StringBuilder("<html><head><title>Meditation and mindfulness</title></head><body><div class=\"col\">");
        for (int section = 1; section <= 3; section++) {
            page.append("<div id=\"s").append(section).append("\">").append(wrap).append("<h2>Part ").append(section).append("</h2>");
            page.append(("<p>Section " + section + " of the article says what researchers found in trials of meditation, "
                    + "and what they could not show in them.</p>").repeat(2)).append(unwrap).append("</div>");
        }
        page.append("<div id=\"refs\">").append(wrap).append("<ul>");
        for (int r = 1; r <= 12; r++) {
            page.append("<li>Author A, Author B, Author C, et al. Study ").append(r).append(". Journal of Medicine, 2019, 12, 34-56.</li>");
        }
        page.append("</ul>").append(unwrap).append("</div></div></body></html>");
        List<String> paragraphs = page(page.toString()).paragraphs();
        assertThat(paragraphs).anyMatch(p -> p.startsWith("Section 1 of the article")).anyMatch(p -> p.startsWith("Section 3 of the article"));
    }

    @Test
    void articleCutInPartsUnderSubheadingsIsReadWhole() {
        StringBuilder page = new StringBuilder("<html><head><title>The best headphones of the year</title></head><body>"
                + "<article class=\"post\"><div class=\"section\"><h1>The best headphones of the year</h1></div>");
        for (String pick : List.of("The winner", "The runner-up", "The budget pick")) {
            page.append("<div class=\"section\"><h2>").append(pick).append(": a pair worth its price</h2><div class=\"columns\">");
            for (int p = 1; p <= 4; p++) {
                page.append("<p>").append(pick).append(", note ").append(p).append(": reviewers tested it for a month and found the noise "
                        + "cancelling good, with a battery that lasted through three long flights.</p>");
            }
            page.append("</div></div>");
        }
        page.append("</article><div class=\"newsletter\"><p>Sign up.</p></div></body></html>");
        assertThat(page(page.toString()).paragraphs()).anyMatch(p -> p.startsWith("The winner, note 1"))
                .anyMatch(p -> p.startsWith("The budget pick, note 4"));
    }

    @Test
    void leadParagraphsSetInABlockOfTheirOwnBeforeTheBodyAreReadFirst() {
        // Issue 15: investmentexecutive.com and the Washington Post of 2012 set the first paragraphs apart from the rest.
        StringBuilder body = new StringBuilder();
        for (int p = 1; p <= 6; p++) {
            body.append("<p>Paragraph ").append(p).append(": the fund expects growth to slow, with prices, rates and debt all rising, "
                    + "economists said, and the outlook for next year is weaker still, they added.</p>");
        }
        String html = "<html><body><h1>IMF dims outlook</h1><section><div class=\"row\"><div class=\"col\">"
                + "<p>The International Monetary Fund is downgrading its outlook for the world economy for 2023.</p>"
                + "<p>The lending agency forecast Tuesday that the global economy would grow just 2.7% next year.</p></div></div>"
                + "<div class=\"row wide\"><div class=\"main\">" + body + "</div><div class=\"aside\"><a href=\"/x\">More news</a></div>"
                + "</div></section></body></html>";
        assertThat(page(html).paragraphs()).first().asString().startsWith("The International Monetary Fund is downgrading");
    }

    @Test
    void aBylineOrHeadingBeforeTheBodyIsNoLead() {
        String html = "<html><body><article><div class=\"head\"><h2>Talks resume in the capital</h2><p>By Jane Doe, Reuters</p></div>"
                + "<div class=\"body\"><p>" + TALKS + "</p><p>" + TALKS + "</p><p>" + TALKS + "</p></div></article></body></html>";
        assertThat(page(html).paragraphs()).noneMatch(p -> p.startsWith("By Jane Doe"));
    }

    @Test
    void anArchiveCopyReadWithoutItsAddressIsDatedByTheAddressTheArchiveCapturedNotItsCaptureDay() {
        // Issue 15: the archive caught CNN's story of 15 April 2009 two days later; its bar names the story's address.
        String html = "<html><body><div id=\"wm-ipp\"><form><input type=\"text\" name=\"url\" id=\"wmtbURL\""
                + " value=\"http://www.cnn.com/2009/US/04/15/us.sikhs.military/index.html\"></form>"
                + "<a href=\"/web/20090418200915/http://www.cnn.com/\">next</a></div><h1>Sikhs fight Army</h1>"
                + "<img src=\"/web/20090417073225im_/http://i.cdn.turner.com/cnn/logo.gif\"><p>" + TALKS + "</p></body></html>";
        assertThat(page(html).published()).isEqualTo(LocalDate.of(2009, 4, 15));
    }

    @Test
    void theArchiveBarsCalendarOfCapturesDatesNoStory() {
        // Issue 15: a date alone in the archive's bar ("1 capture 23 Sep 2005") is the capture's, not the story's.
        String html = "<html><body><div id=\"wm-ipp\"><div id=\"wm-nav-captures\"><div class=\"r\">23 Sep 2005</div></div></div>"
                + "<h1>Iran makes North Korea look easy</h1><p>" + TALKS + "</p><p>Posted 21 Sep 2005</p></body></html>";
        assertThat(page(html).published()).isEqualTo(LocalDate.of(2005, 9, 21));
    }

    @Test
    void aStampWithWeekdayAndDayButNoYearIsDatedByTheCopyrightYear() {
        // Issue 15: Slashdot stamps its stories "on Tuesday July 24, @10:46AM"; July 24 was a Tuesday in 2012.
        String html = "<html><body><h1>Another SCADA attack</h1><div class=\"details\">Posted by timothy"
                + "<time>on Tuesday July 24, @10:46AM</time></div><p>" + TALKS + "</p><footer>&copy; 2012 All Rights Reserved.</footer></body></html>";
        assertThat(page(html).published()).isEqualTo(LocalDate.of(2012, 7, 24));
    }

    @Test
    void testimonialsBeyondAShortLineUnderTheArticleStayOut() {
        String note = "<p>Note %d: the station's engineers restored the main pumps on Sunday, and water reached the eastern "
                + "districts by the evening, the authority said.</p>";
        StringBuilder page = new StringBuilder("<html><head><title>Water returns</title></head><body><main><section><div class=\"rich\">");
        for (int n = 1; n <= 6; n++) {
            page.append(String.format(note, n));
        }
        page.append("</div><p>Share this letter with a friend who needs it</p></section><div class=\"quotes\">");
        for (String reader : List.of("Stacey", "TeeLox23", "Learning Kate", "Marwan", "Ilse", "Dara")) {
            page.append("<p>I cannot stop reading this letter, every week it answers a question I had, wrote ").append(reader).append(".</p>");
        }
        page.append("</div></main></body></html>");
        assertThat(page(page.toString()).paragraphs()).anyMatch(p -> p.startsWith("Note 6")).noneMatch(p -> p.contains("Stacey"));
    }

    @Test
    void textRightUnderTheBodyWithALinkHoldingAnArticleIsReadNotCrashedOn() {
        // Found by fuzzing: the best-scoring element was the document itself, above the body, and climbing from it failed.
        Article a = page(", said the official, <a>Blog<article>" + "x".repeat(100) + "meta name=\"author\" content=\"");
        assertThat(a.paragraphs()).isNotEmpty();
    }

    @Test
    void paragraphsRightUnderTheBodyAreTheArticle() {
        Article a = page("<html><body><div class=\"promo\"><p>Subscribe now and save, readers, on your first year.</p></div>"
                + "<p>Engineers restored the main pumping station on Sunday, the water authority said, after a week of cuts.</p>"
                + "<p>Water reached the eastern districts by the evening, and queues at the tankers shortened, residents said.</p>"
                + "</body></html>");
        assertThat(a.paragraphs()).anyMatch(p -> p.startsWith("Engineers restored")).anyMatch(p -> p.startsWith("Water reached"));
    }

    @Test
    void promotionOfAnotherStoryInsideTheArticleIsLeftOutWhateverItsLength() {
        String body = "<p>" + "Engineers restored the main pumping station on Sunday, the water authority said. ".repeat(3) + "</p>";
        Article a = page("<html><body><article><h1>Water returns</h1>" + body + "<a class=\"read-more-big\" href=\"/news/4737\">"
                + "<span>Also on citydesk</span> <span>Ministers and officials of the former government threatened with arrests as "
                + "the interim authorities purge the ministries</span></a>" + body.replace("Sunday", "Monday") + "</article></body></html>");
        assertThat(a.paragraphs()).noneMatch(p -> p.startsWith("Also on")).anyMatch(p -> p.contains("Monday"));
    }

    @Test
    void headlineSkipsALogoHeadingAndAMenuHeading() {
        String body = "<p>" + "Engineers restored the main pumping station on Sunday, the water authority said. ".repeat(3) + "</p>";
        Article logo = extract(("<html><head><title>Water returns to the east | City Desk</title></head><body>"
                + "<h1>City Desk</h1><article><h1>Water returns to the eastern districts</h1>" + body + "</article></body></html>")
                .getBytes(StandardCharsets.UTF_8), ContentType.HTML, Hints.NONE);
        Article menu = extract(("<html><head><meta property=\"og:title\" content=\"Water returns to the eastern districts\">"
                + "</head><body><h1>Open Menu Close Menu</h1><article>" + body + "</article></body></html>")
                .getBytes(StandardCharsets.UTF_8), ContentType.HTML, Hints.NONE);
        assertThat(logo.title()).isEqualTo("Water returns to the eastern districts");
        assertThat(menu.title()).isEqualTo("Water returns to the eastern districts");
    }

    @Test
    void jsonLdArticleBodyWrittenAsHtmlGivesItsParagraphsWithoutTagsOrReferences() {
        String body = "<html><head><title></title><style>p{}</style></head><body><p>Aid convoys reached Deir ez-Zor on Tuesday, "
                + "the <a href='https://un.example'>UN</a> said.</p><p>The city&#x2019;s bakeries reopened after " + "weeks of siege and shelling, ".repeat(4)
                + "residents said.</p><script>track()</script></body></html>";
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"articleBody\": \""
                + body.replace("\"", "\\\"").replace("<", "\\u003c") + "\"}</script></head><body><h1>Convoys reach the city</h1><p>Aid convoys reached the city.</p></body></html>";
        Article a = page(html);
        assertThat(a.paragraphs()).containsExactly("Aid convoys reached Deir ez-Zor on Tuesday, the UN said.",
                "The city’s bakeries reopened after " + "weeks of siege and shelling, ".repeat(4) + "residents said.");
    }

    @Test
    void socialTitleAndJsonLdNamesEscapedTwiceReadAsWritten() {
        String html = "<html><head><meta property=\"og:title\" content=\"Australian &amp;#039;megablaze&amp;#039; brought under control\">"
                + "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"author\": {\"name\": \"Se&aacute;n O&#039;Neill\"}}</script>"
                + "</head><body><p>" + "Firefighters said they had brought the fire under control on Monday. ".repeat(3) + "</p></body></html>";
        Article a = page(html);
        assertThat(a.title()).isEqualTo("Australian 'megablaze' brought under control");
        assertThat(a.byline()).containsExactly("Seán O'Neill");
    }

    @Test
    void headingThatIsTheLongerPartOfASectionLedTitleIsTheHeadlineNotTheSitesName() {
        String html = "<html><head><title>News - Elder: Aus dem Ghetto nach Augusta</title></head><body><h1>Elder: Aus dem Ghetto "
                + "nach Augusta</h1><p>" + "Lee Elder spielte 1975 als erster Schwarzer beim Masters in Augusta. ".repeat(3) + "</p></body></html>";
        assertThat(page(html).title()).isEqualTo("Elder: Aus dem Ghetto nach Augusta");
    }

    @Test
    void titleOfOneShortWordIsNoWordingToAgreeWithSoTheHeadingIsTheHeadline() {
        String html = "<html><head><title>Home</title></head><body><h1>Time to say goodbye.</h1><p>"
                + "After twenty years the shop closes its doors at the end of the month. ".repeat(3) + "</p></body></html>";
        assertThat(page(html).title()).isEqualTo("Time to say goodbye.");
    }

    @Test
    void titlePushedIntoTheBodyByAServerWarningPrintedBeforeThePageIsStillItsTitle() {
        String html = "<br />\n<b>Warning</b>: mysql_get_server_info(): Access denied in <b>/www/plugin.php</b><br />\n"
                + "<!DOCTYPE html><html><head><title>Alles Neue macht der Mai | Bibliothek 2.0</title></head><body>"
                + "<h2>Alles Neue macht der Mai</h2><p>" + "Die Bibliothek zieht im Mai in das neue Haus am Markt. ".repeat(3) + "</p></body></html>";
        assertThat(page(html).title()).isEqualTo("Alles Neue macht der Mai");
    }

    @Test
    void consentNoticeInsideTheArticlesContainerIsLeftOut() {
        String html = "<html><body><div class=\"content\"><h1>Talks resume in the capital</h1><p>"
                + "Delegations returned to the capital on Tuesday for talks, officials said. ".repeat(3) + "</p>"
                + "<div id=\"gdpr_consent\"><p>Diese Website verwendet Cookies. Wenn Sie diese Website weiter nutzen, stimmen Sie dem zu.</p></div>"
                + "</div></body></html>";
        assertThat(page(html).paragraphs()).containsExactly("Delegations returned to the capital on Tuesday for talks, officials said. ".repeat(3).strip());
    }

    @Test
    void likeButtonsAndRelatedPostsLabelsInAnyOfTheCommonLanguagesAreNoParagraphs() {
        String html = article("<p>" + TALKS + "</p><h3>Like this:</h3><div>Like Loading...</div><p>Gefällt mir:</p>"
                + "<p>Teilen</p><h3>Ähnliche Beiträge</h3>");
        assertThat(page(html).paragraphs()).containsExactly(TALKS);
    }

    @Test
    void linkedHeadlinesAfterAMoreLabelAreOtherStoriesAndAPleaToShareIsNoParagraph() {
        String closing = "The talks will resume next week in the capital, the mediators said in a statement on Tuesday evening.";
        String html = article("<p>" + TALKS + "</p><h4>More:</h4><ul><li><h4><a href=\"/a\">Envoy sees talks as the only hope for peace</a></h4></li></ul>"
                + "<ul><li><h4><a href=\"/b\">Young people must be heard, UN envoy says</a></h4></li></ul><p>" + closing + "</p>"
                + "<p><strong><em>Like this story? Share it with a friend!</em></strong></p>");
        assertThat(page(html).paragraphs()).containsExactly(TALKS, closing);
    }

    @Test
    void linkedHeadlinesAfterARelatedOrReadMoreLabelAreOtherStories() {
        String closing = "The talks will resume next week in the capital, the mediators said in a statement on Tuesday evening.";
        for (String label : List.of("Related", "Read more")) {
            String html = article("<p>" + TALKS + "</p><p>" + closing + "</p><div>" + label + "</div><h4><a href=\"/a\">"
                    + "Envoy sees talks as the only hope for peace: The mediator spoke after the talks</a></h4>");
            assertThat(page(html).paragraphs()).as(label).containsExactly(TALKS, closing);
        }
    }

    @Test
    void warningsTheServerPrintedIntoThePageAreNoParagraphs() {
        String warning = "<br />\n<b>Deprecated</b>:  Assigning the return value of new by reference is deprecated in "
                + "<b>/www/htdocs/w00a2ebd/wp-settings.php</b> on line <b>520</b><br />\n";
        String html = "<html><body><div>" + warning.repeat(3) + "<b>Strict Standards</b>: Redefining already defined constructor for class wpdb in "
                + "<b>/www/htdocs/w0094d70/wp-includes/wp-db.php</b> on line <b>56</b><br />\n</div><article><p>" + TALKS + "</p></article></body></html>";
        assertThat(page(html).paragraphs()).containsExactly(TALKS);
    }

    @Test
    void hoverCardOfANameInTheTextIsLeftOutButLinksInProseAreKept() {
        String card = "<p>Talks resumed after Rep. <span class=\"people\"><a href=\"/people/rania-haddad\">Rania Haddad</a><span class=\"card\">"
                + "<span><img src=\"/r.jpg\" alt=\"\"><a href=\"/people/rania-haddad\">Rania Haddad</a><a href=\"/1\">Envoy sees talks as the "
                + "only hope</a> <a href=\"/2\">Young people must be heard</a> <a href=\"/p\">MORE</a></span></span></span> (D-Minn.) spoke "
                + "to delegates in the capital on Tuesday, officials said.</p>";
        String prose = "<p>Talks resumed after delegates from <span><a href=\"/a\">Aleppo</a>, <a href=\"/h\">Homs</a> and <a href=\"/i\">Idlib</a></span> "
                + "met in the capital on Tuesday for a new round of talks, officials said.</p>";
        assertThat(page(article(card + "<p>" + TALKS + "</p>")).paragraphs()).first().isEqualTo("Talks resumed after Rep. Rania Haddad (D-Minn.) "
                + "spoke to delegates in the capital on Tuesday, officials said.");
        assertThat(page(article(prose + "<p>" + TALKS + "</p>")).paragraphs()).first().asString().contains("Aleppo, Homs and Idlib");
    }

    @Test
    void sourceSetInAnElementOfItsOwnBeforeTheFirstWordIsSpacedFromIt() {
        String lead = "<p><cite> (CNN)</cite>Delegations returned to the capital on Tuesday for a new round of talks, officials said.</p>";
        assertThat(page(article(lead + "<p>" + TALKS + "</p>")).paragraphs()).first()
                .isEqualTo("(CNN) Delegations returned to the capital on Tuesday for a new round of talks, officials said.");
    }

    @Test
    void captionClassedByAnyNameEndingInCaptionIsKeptApartAsACaption() {
        String html = article("<p>" + TALKS + "</p><p><img src=\"/p.jpg\"></p><span class=\"newsCaption\">Protesters have worn masks to "
                + "protect their identities</span><p><strong>DON'T MISS</strong></p><p><a href=\"/x\">Hong Kong protests: how they happened</a></p>"
                + "<p><strong>READ MORE: </strong><a href=\"/y\">China warns it will take control of the city within weeks</a></p>");
        Article a = page(html);
        assertThat(a.paragraphs()).containsExactly(TALKS);
        assertThat(a.captions()).containsExactly("Protesters have worn masks to protect their identities");
    }

    @Test
    void bylinePrintedAgainAboveTheTextIsNoParagraph() {
        String text = "Das britische Unterhaus hat die Entscheidung über das Abkommen verschoben, teilte die Regierung mit. ".repeat(3).strip();
        String html = "<html><head><meta name=\"author\" content=\"Markus M. Haefliger\"></head><body><article><h1>Der Nervenkrieg "
                + "geht weiter</h1><p>Markus M. Haefliger, London 19.10.2019, 23:38 Uhr</p><p>" + text + "</p></article></body></html>";
        Article a = page(html);
        assertThat(a.byline()).containsExactly("Markus M. Haefliger");
        assertThat(a.paragraphs()).containsExactly(text);
    }

    @Test
    void countersReadingTimesAndLinesWithoutALetterAreNoParagraphsButCodeKeepsItsBraces() {
        String html = article("<p>5 min read</p><p>3 days ago</p><p>Table of Contents</p><p>" + TALKS + "</p>"
                + "<p>\u200d</p><p>* * *</p><div>12 likes</div><div>Lesezeit: 4 Minuten</div><pre><code>if (talks) {</code></pre>"
                + "<pre><code>}</code></pre>");
        assertThat(page(html).paragraphs()).containsExactly(TALKS, "if (talks) {", "}");
    }

    @Test
    void articleInSectionsBuiltAlikeIsReadWholeWithTheLinkListsOfItsParts() {
        String intro = "The convoy left the border crossing at dawn with food for the besieged districts, the agency said. ";
        String main = "Trucks waited for hours at the last checkpoint before the city while officials argued over papers. ";
        String html = "<html><body><div class=\"content\">"
                + "<div class=\"sect1\"><h2>What happened</h2><div class=\"sectionbody\"><p>" + intro + "</p></div></div>"
                + "<div class=\"sect1\"><h2>Sources</h2><div class=\"sectionbody\"><ul><li><a href=\"/a\">UN statement of Monday</a></li>"
                + "<li><a href=\"/b\">Agency report of Tuesday</a></li></ul><p>" + intro + "</p></div></div>"
                + "<div class=\"sect1\"><h2>At the checkpoint</h2><div class=\"sectionbody\"><p>" + main.repeat(4) + "</p><p>"
                + main.repeat(3) + "</p></div></div></div><div class=\"footer\"><p>Contact us</p></div></body></html>";
        assertThat(page(html).paragraphs()).containsExactly("What happened", intro.strip(), "Sources", "At the checkpoint",
                main.repeat(4).strip(), main.repeat(3).strip());
    }

    @Test
    void slidersOfTrendingStoriesInsideTheArticleAreLeftOut() {
        String html = article("<p>" + TALKS + "</p><div class=\"rail--trending\"><h3>Most read in world news</h3>"
                + "<div class=\"swiper-slide\"><h3>RANDY ANDY</h3><p>Prince parties in unearthed pictures</p></div></div>"
                + "<div class=\"news-slider\"><p>Grace case: the jury hears the last messages</p></div>");
        assertThat(page(html).paragraphs()).containsExactly(TALKS);
    }

    @Test
    void postEmbeddedInASocialMediaBlockIsQuotedTextButAShareBarIsNot() {
        String text = "The governor defended the campaign on Monday, saying it had raised awareness. ".repeat(3).strip();
        String html = "<html><body><article><p>" + text + "</p><div class=\"social-media-embed\"><blockquote class=\"twitter-tweet\">"
                + "<p>The whole point of this campaign is to raise awareness.</p>— Governor (@gov) November 18, 2019</blockquote></div>"
                + "<div class=\"social-share\"><a href=\"/s\">Share on Facebook</a></div></article></body></html>";
        assertThat(page(html).paragraphs()).containsExactly(text, "The whole point of this campaign is to raise awareness.",
                "— Governor (@gov) November 18, 2019");
    }

    @Test
    void photoCreditsCopyrightLinesAndRelatedLabelsAreNoParagraphs() {
        String html = article("<p>Photo: Hau Dinh, AP</p><p>" + TALKS + "</p><p>Foto: Kyrre Lien/Ritzau Scanpix</p>"
                + "<p>© 2020 Reuters</p><h3>Related articles</h3><p>Drucken</p>");
        assertThat(page(html).paragraphs()).containsExactly(TALKS);
    }

    @Test
    void authorBoxThatSaysThePostWasWrittenBySomeoneGivesTheNameWithoutTheRole() {
        String html = "<html><body><article><h1>Index types for journals</h1><p>" + "Journals index their articles in many places. ".repeat(3)
                + "</p><div class=\"author-box\">This post was written by Danielle Padula, Head of Marketing and Community Development</div>"
                + "</article></body></html>";
        assertThat(page(html).byline()).containsExactly("Danielle Padula");
    }

    @Test
    void textEncodedTwiceAsUtf8IsRepaired() {
        String twice = new String("A DIY Investor’s “Guide” in 2025".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        String html = "<html><head><title>" + twice + "</title></head><body><p>" + twice + " is a guide to calculators for "
                + "people who invest on their own, with notes on each of them.</p></body></html>";
        Article a = page(html);
        assertThat(a.title()).isEqualTo("A DIY Investor’s “Guide” in 2025");
        assertThat(a.paragraphs().get(0)).startsWith("A DIY Investor’s “Guide” in 2025 is a guide");
    }

    @Test
    void visibleBylineWinsOverMetaDataThatNamesTheOutletAndKeepsOnlyTheName() {
        String html = "<html><head><meta property=\"og:site_name\" content=\"Gulf Wire\"><meta name=\"author\" content=\"Gulf Wire\">"
                + "</head><body><h1>Ceasefire talks resume in the capital</h1><div class=\"post-author\"><a href=\"/author/sami\">"
                + "By Sami Khoury</a> <span>Senior Correspondent</span> · 5 min read</div><p>"
                + "Delegations returned to the capital on Tuesday for a new round of talks, officials said. ".repeat(3) + "</p></body></html>";
        Article a = page(html);
        assertThat(a.byline()).containsExactly("Sami Khoury");
    }

    @Test
    void everyAuthorOfABylineIsKeptWhenMetaDataNamesOnlyTheFirst() {
        String story = "<p>" + "Delegations returned to the capital on Tuesday for a new round of talks, officials said. ".repeat(3) + "</p>";
        String linked = "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"author\": {\"name\": \"Rania Haddad\"}}"
                + "</script></head><body><h1>Ceasefire talks resume</h1><div class=\"byline\">By <a href=\"/author/rania\">Rania Haddad</a>"
                + "<span>, </span><a href=\"/author/omar\">Omar Khalil</a> and <a href=\"/author/lena\">Lena Fischer</a></div>" + story + "</body></html>";
        String spans = "<html><body><h1>Ceasefire talks resume</h1><div class=\"hero-author\">Written by <span>Rania Haddad</span>, "
                + "<span>Omar Khalil</span></div>" + story + "</body></html>";
        assertThat(page(linked).byline()).containsExactly("Rania Haddad", "Omar Khalil", "Lena Fischer");
        assertThat(page(spans).byline()).containsExactly("Rania Haddad", "Omar Khalil");
    }

    @Test
    void scholarlyAuthorTagsGiveEveryAuthorFirstNameFirst() {
        String html = "<html><head><meta name=\"citation_author\" content=\"Haddad, Rania\"><meta name=\"citation_author\" "
                + "content=\"van der Merwe, Marna\"><meta name=\"citation_author\" content=\"Omar Khalil\"></head><body><h1>Ceasefire talks</h1><p>"
                + "Delegations returned to the capital on Tuesday for a new round of talks, officials said. ".repeat(3) + "</p></body></html>";
        assertThat(page(html).byline()).containsExactly("Rania Haddad", "Marna van der Merwe", "Omar Khalil");
    }

    @Test
    void roleBesideABylinesNameIsNoSecondAuthor() {
        String story = "<p>" + "Delegations returned to the capital on Tuesday for a new round of talks, officials said. ".repeat(3) + "</p>";
        String classed = "<html><body><h1>Ceasefire talks resume</h1><div class=\"byline\"><span><a href=\"/author/rania\">Rania Haddad</a></span>, "
                + "<span class=\"byline-job\">Print Managing Editor</span></div>" + story + "</body></html>";
        String worded = "<html><body><h1>Ceasefire talks resume</h1><div class=\"byline\"><span>Rania Haddad</span>, "
                + "<span>Senior Correspondent</span></div>" + story + "</body></html>";
        String spaced = "<html><body><h1>Ceasefire talks resume</h1><div class=\"byline\"><span>Rania Haddad</span> "
                + "<span>Trending Desk</span></div>" + story + "</body></html>";
        assertThat(page(classed).byline()).containsExactly("Rania Haddad");
        assertThat(page(worded).byline()).containsExactly("Rania Haddad");
        assertThat(page(spaced).byline()).containsExactly("Rania Haddad");
    }

    @Test
    void outletNamedAsAuthorStaysTheAuthorWhenThePageShowsNoOtherByline() {
        String html = "<html><head><meta property=\"og:site_name\" content=\"Gulf Wire\"><meta name=\"author\" content=\"Gulf Wire\">"
                + "</head><body><h1>Ceasefire talks resume in the capital</h1><p>"
                + "Delegations returned to the capital on Tuesday for a new round of talks, officials said. ".repeat(3) + "</p></body></html>";
        Article a = page(html);
        assertThat(a.byline()).containsExactly("Gulf Wire");
    }

    @Test
    void bylineNameFollowsItsLabelInTheSameElementTheNextOrItsParent() {
        String body = "<p>" + "Delegations returned to the capital on Tuesday for a new round of talks, officials said. ".repeat(3) + "</p>";
        Article sibling = page("<html><body><h1>Ceasefire talks resume</h1><div><p>Last updated</p><time>Aug 04, 2025</time></div>"
                + "<div><p class=\"label\">Written by</p><p class=\"name\">Sami Khoury</p></div>" + body + "</body></html>");
        Article inside = page("<html><body><h1>Ceasefire talks resume</h1><p class=\"meta\"><span> By <a href=\"/producers/rania\">"
                + "Rania Haddad</a> </span></p>" + body + "</body></html>");
        Article parent = page("<html><body><h1>Ceasefire talks resume</h1><div class=\"tags\"><div><strong>Contributors:</strong>"
                + " Lina Saad </div></div>" + body + "</body></html>");
        assertThat(sibling.byline()).containsExactly("Sami Khoury");
        assertThat(inside.byline()).containsExactly("Rania Haddad");
        assertThat(parent.byline()).containsExactly("Lina Saad");
    }

    @Test
    void bylineLinkAfterItsLabelIsTheNameWithoutTheButtonsBesideIt() {
        String body = "<p>" + "Delegations returned to the capital on Tuesday for a new round of talks, officials said. ".repeat(3) + "</p>";
        Article a = page("<html><body><h1>Ceasefire talks resume</h1><p>By <a href=\"/magazine/contributor/rania\">Rania Haddad</a>"
                + "&nbsp;&nbsp;<a class=\"btn\" href=\"/digital/2025/33\">View In Digital Edition</a></p>" + body + "</body></html>");
        assertThat(a.byline()).containsExactly("Rania Haddad");
    }

    @Test
    void authorBoxsDescriptionIsNoName() {
        String body = "<p>" + "Delegations returned to the capital on Tuesday for a new round of talks, officials said. ".repeat(3) + "</p>";
        Article a = page("<html><body><h1>Ceasefire talks resume</h1>" + body + "<div class=\"box\"><p class=\"headline\">Sami Khoury</p>"
                + "<div class=\"dynamic-author-description\">Licensed Mediator, M.A. Journalism</div></div></body></html>");
        assertThat(a.byline()).doesNotContain("Licensed Mediator, M.A. Journalism");
    }

    @Test
    void topicFiledInTheBylineIsNoName() {
        String body = "<p>" + "Delegations returned to the capital on Tuesday for a new round of talks, officials said. ".repeat(3) + "</p>";
        Article a = page("<html><body><h1>Ceasefire talks resume</h1><div class=\"post__byline\"><span class=\"byline__tag\">"
                + "<a href=\"/blog/tag/diplomacy\">Regional diplomacy</a></span> <span class=\"byline__date\">January 27, 2025</span></div>"
                + body + "</body></html>");
        assertThat(a.byline()).isEmpty();
    }

    @Test
    void menuLinksAndCommentFormsGiveNoByline() {
        String body = "<p>" + "Delegations returned to the capital on Tuesday for a new round of talks, officials said. ".repeat(3) + "</p>";
        Article a = page("<html><body><ul class=\"nav-dropdown\"><li><a href=\"/venues\">By State</a></li></ul>"
                + "<div><a href=\"/browse-by-manufacturer/\">By Manufacturer</a></div><h1>Ceasefire talks resume</h1>" + body
                + "<form><p class=\"comment-form-author\"><label>Name *</label><input name=\"author\"></p></form></body></html>");
        assertThat(a.byline()).isEmpty();
    }

    @Test
    void metaAuthorThatIsTheSiteByAnotherSpellingYieldsToThePersonInTheByline() {
        String body = "<p>" + "Delegations returned to the capital on Tuesday for a new round of talks, officials said. ".repeat(3) + "</p>";
        Article a = page("<html><head><meta property=\"og:site_name\" content=\"Gulf Wire\"><meta name=\"author\" content=\"GulfWire\">"
                + "</head><body><h1>Ceasefire talks resume</h1><div class=\"post-author\"><h4>Sami Khoury</h4><p>"
                + "Sami Khoury has covered the region's diplomacy for twenty years, from the first talks in Geneva to the latest "
                + "rounds in the capital, and before that reported on trade and energy for several papers.</p></div>" + body
                + "</body></html>");
        Article slack = page("<html><head><meta name=\"twitter:label1\" content=\"Written by\">"
                + "<meta name=\"twitter:data1\" content=\"Rania Haddad\"></head><body><h1>Ceasefire talks resume</h1>" + body
                + "</body></html>");
        assertThat(a.byline()).containsExactly("Sami Khoury");
        assertThat(slack.byline()).containsExactly("Rania Haddad");
    }

    @Test
    void jsonLdAuthorGivenByReferenceIsFollowedToItsName() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@graph\": [{\"@type\": \"NewsArticle\", "
                + "\"headline\": \"Ceasefire talks resume\", \"author\": {\"@id\": \"#p1\"}}, "
                + "{\"@type\": \"Person\", \"@id\": \"#p1\", \"name\": \"Rania Haddad\"}]}</script></head><body>"
                + "<h1>Ceasefire talks resume</h1><p>" + "Delegations returned to the capital on Tuesday, officials said. ".repeat(3)
                + "</p></body></html>";
        Article a = page(html);
        assertThat(a.byline()).containsExactly("Rania Haddad");
    }

    @Test
    void publicationDayComesFromScriptDataOrTheLineUnderTheHeadline() {
        String body = "<p>" + "Delegations returned to the capital on Tuesday for talks, officials said. ".repeat(3) + "</p>";
        Article scripted = extract(("<html><head><script>self.__next_f.push([1,\"{\\\"publishedAt\\\":\\\"2020-10-20T13:08:55-07:00\\\"}\"])"
                + "</script></head><body><h1>Talks resume in the capital</h1>" + body + "</body></html>")
                .getBytes(StandardCharsets.UTF_8), ContentType.HTML, Hints.NONE);
        Article underHeadline = page("<html><body><h1>Talks resume in the capital</h1><div><span>Rania Haddad</span>"
                + "<span>April 8, 2024</span></div>" + body + "</body></html>");
        assertThat(scripted.published()).isEqualTo(LocalDate.of(2020, 10, 20));
        assertThat(underHeadline.published()).isEqualTo(LocalDate.of(2024, 4, 8));
    }

    @Test
    void teasersOfOtherStoriesInsideTheArticleAndItsDateLineAreLeftOut() {
        String teaser = "<article><h3><a href=\"/x\">Another story</a></h3><p>" + "Teaser text about another story entirely. ".repeat(4)
                + "</p></article>";
        String html = "<html><body><article><h1>Talks resume in the capital</h1><p>October 12, 2017</p><p>"
                + "Delegations returned to the capital on Tuesday for a new round of talks, officials said. ".repeat(4) + "</p><p>"
                + "The previous round ended without agreement after three days of meetings. ".repeat(3) + "</p>"
                + "<h3>You may also like</h3>" + teaser.repeat(3) + "</article></body></html>";
        Article a = page(html);
        assertThat(a.paragraphs()).hasSize(2).noneMatch(p -> p.contains("Teaser") || p.equals("October 12, 2017") || p.equals("You may also like"));
    }

    @Test
    void publicationDayComesFromTheAttributeOfADatedElement() {
        String html = "<html><body><h1>Talks resume in the capital</h1><div class=\"news-time-ago\" title=\"2020-09-20T14:20:02Z\">"
                + "2 hours ago</div><p>" + "Delegations returned to the capital on Tuesday for talks, officials said. ".repeat(3)
                + "</p></body></html>";
        Article a = page(html);
        assertThat(a.published()).isEqualTo(LocalDate.of(2020, 9, 20));
    }

    @Test
    void theMastheadsDateOfTodayIsNotTheStorysPublicationDay() {
        String html = "<html><body><div id=\"header-date\">Tuesday 15.01.2008</div><h1>Talks resume in the capital</h1>"
                + "<span class=\"story-date\">January 5, 2008 - 6:11 PM</span><p>"
                + "Delegations returned to the capital on Saturday for talks, officials said. ".repeat(3) + "</p></body></html>";
        Article a = page(html);
        assertThat(a.published()).isEqualTo(LocalDate.of(2008, 1, 5));
    }

    @Test
    void whereThePublicationMetaDataDisagreeTheDayThePageShowsWins() {
        String html = "<html><head><meta property=\"article:published_time\" content=\"2019-12-12T21:17:43Z\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2019-12-09T22:25:10Z\"}</script>"
                + "</head><body><h1>Talks resume in the capital</h1><div>Dec 9, 2019 · 6 min read</div><p>"
                + "Delegations returned to the capital on Tuesday for talks, officials said. ".repeat(3) + "</p></body></html>";
        assertThat(page(html).published()).isEqualTo(LocalDate.of(2019, 12, 9));
    }

    @Test
    void aTimeElementOfAnEmbeddedPostOrOfAReadersCommentDoesNotDateThePage() {
        String story = "<p>" + "Delegations returned to the capital on Tuesday for talks, officials said. ".repeat(3) + "</p>";
        Article embedded = page("<html><body><h1>Talks resume in the capital</h1><p>Dienstag, 29. Januar 2019</p>" + story
                + "<blockquote class=\"instagram-media\"><p><time datetime=\"2018-03-12T19:30:12+00:00\">Mär 12, 2018</time></p>"
                + "</blockquote></body></html>");
        Article commented = page("<html><body><h1>Talks resume in the capital</h1>" + story + "<p>Veröffentlicht am 16.08.2019</p>"
                + "<ol class=\"comment-list\"><li><div class=\"comment-metadata\"><time datetime=\"2019-08-24T03:36:11+02:00\">"
                + "24. August 2019</time></div><p>Thanks!</p></li></ol></body></html>");
        assertThat(embedded.published()).isEqualTo(LocalDate.of(2019, 1, 29));
        assertThat(commented.published()).isEqualTo(LocalDate.of(2019, 8, 16));
    }

    @Test
    void aDateInTheTeaserOfAnotherStoryDoesNotDateThePage() {
        String html = "<html><body><h1>Talks resume in the capital</h1><div>August 06, 2019</div><p>" + TALKS + "</p>"
                + "<ul><li><h5><a href=\"/analysis/80622\">Why It Will Not Matter Who Pays for Trade Protection</a></h5>"
                + "<div class=\"meta\">December 17, 2019</div></li></ul></body></html>";
        assertThat(page(html).published()).isEqualTo(LocalDate.of(2019, 8, 6));
    }

    @Test
    void aDateBesideALinkToTheStoryItselfDatesThePage() {
        String html = "<html><head><link rel=\"canonical\" href=\"https://example.org/2019/talks-resume\"></head><body>"
                + "<div><h1><a href=\"https://example.org/2019/talks-resume/\">Talks resume in the capital city</a></h1>"
                + "<span class=\"date\">August 06, 2019</span></div><p>" + TALKS + "</p></body></html>";
        assertThat(page(html).published()).isEqualTo(LocalDate.of(2019, 8, 6));
    }

    @Test
    void aDateBesideTheLinkToItsWritersDatesThePage() {
        String html = "<html><body><h1>Talks resume in the capital</h1><div><p>Written by <a href=\"/blog/author/kim-and-shokurova\">"
                + "Moses Kim and Kate Shokurova</a></p><p>April 8, 2024</p></div><p>" + TALKS + "</p></body></html>";
        assertThat(page(html).published()).isEqualTo(LocalDate.of(2024, 4, 8));
    }

    /** The publication day of a page with this head, whose body shows a date that reads either way ("03/10/2023"). */
    private LocalDate publishedWithAmbiguousDateUnder(String head) {
        return page("<html><head>" + head + "</head><body><h1>Talks resume in the capital</h1><span class=\"date\">03/10/2023</span><p>"
                + TALKS + "</p></body></html>").published();
    }

    @Test
    void aDayInTheAddressWithTheMonthsNameReadsAnAmbiguousNumericDate() {
        assertThat(publishedWithAmbiguousDateUnder("<link rel=\"canonical\" href=\"https://example.org/blog/2023/october/03/talks-resume/\">"))
                .isEqualTo(LocalDate.of(2023, 10, 3));
    }

    @Test
    void theDayOfAnAddressIsReadWhereTheCanonicalLinkIsNoAddress() {
        assertThat(publishedWithAmbiguousDateUnder("<link rel=\"canonical\" href=\"What are the talks about?\">"
                + "<meta property=\"og:url\" content=\"https://example.org/2023/10/03/talks-resume/\">")).isEqualTo(LocalDate.of(2023, 10, 3));
    }

    @Test
    void aReadersCommentSetAsADateLineDoesNotDateThePage() {
        String html = "<html><body><div><b>Talks resume in the capital</b></div><p>" + TALKS + "</p><div class=\"post-footer\">"
                + "This article was written on 14 December 2015 at 14:48 by Heiner</div><div class=\"comment-meta\">"
                + "<a href=\"#comment-57873\">15 December 2015 at 11:21</a></div><p>What a fine idea.</p></body></html>";
        assertThat(page(html).published()).isEqualTo(LocalDate.of(2015, 12, 14));
    }

    @Test
    void theDateInTheSitesMastheadDoesNotDateThePage() {
        String html = "<html><body><header><div class=\"logo\">Star</div><span class=\"date\">Tue, 14 Jan 2020</span></header>"
                + "<h2>Talks resume in the capital</h2><p>News24<br>13 Jan 2020, 22:11 GMT+10</p><p>" + TALKS + "</p></body></html>";
        assertThat(page(html).published()).isEqualTo(LocalDate.of(2020, 1, 13));
    }

    @Test
    void theDateElementNearestTheHeadlineDatesThePageOverATableMastheadsDay() {
        String html = "<html><body><table><tr><td class=\"weather\"><span class=\"date\">Tuesday, January 15, 2008</span></td></tr>"
                + "<tr><td><a href=\"/a\">Sports</a> <a href=\"/b\">Business</a> <a href=\"/c\">Opinion</a></td></tr></table>"
                + "<h1>Talks resume in the capital</h1><div class=\"date\">Tuesday, January 8, 2008 3:20 AM</div><p>" + TALKS
                + "</p></body></html>";
        assertThat(page(html).published()).isEqualTo(LocalDate.of(2008, 1, 8));
    }

    @Test
    void aHeadlineElementWithoutTheSitesNameInTheTitleStillPlacesTheHeadline() {
        String html = "<html><head><title>example.com -- Talks resume in the capital</title></head><body><table><tr><td>"
                + "<span class=\"date\">Tuesday, January 15, 2008</span></td></tr><tr><td><a href=\"/a\">Sports</a> "
                + "<a href=\"/b\">Business</a></td></tr></table><span class=\"published\">Article published Wednesday, January 2, 2008</span>"
                + "<span class=\"articletitle\">Talks resume in the capital</span><p>" + TALKS + "</p></body></html>";
        assertThat(page(html).published()).isEqualTo(LocalDate.of(2008, 1, 2));
    }

    @Test
    void aDateElementAfterALabelOfChangeDoesNotDateThePage() {
        String html = "<html><body><h1>Talks resume in the capital</h1><p>" + TALKS + "</p><div class=\"info\">Posted 3 March 2018</div>"
                + "<div id=\"page-info\">page revision: 8, last edited: <span class=\"odate\">17 Jun 2018 15:15</span></div></body></html>";
        assertThat(page(html).published()).isEqualTo(LocalDate.of(2018, 3, 3));
    }

    @Test
    void aTimeElementAfterALabelOfChangeDoesNotDateThePage() {
        String html = "<html><body><h1>Talks resume in the capital</h1><p>Last updated: <time datetime=\"2026-01-12\">"
                + "January 12, 2026</time>.</p><div class=\"date\">3 March 2018</div><p>" + TALKS + "</p></body></html>";
        assertThat(page(html).published()).isEqualTo(LocalDate.of(2018, 3, 3));
    }

    @Test
    void aDateElementAfterALabelsOwnElementOfChangeDoesNotDateThePage() {
        String html = "<html><body><h1>Talks resume in the capital</h1><p><span class=\"meta-label\">Updated on</span> "
                + "<span class=\"entry-date\">January 12, 2026</span></p><div class=\"date\">3 March 2018</div><p>" + TALKS
                + "</p></body></html>";
        assertThat(page(html).published()).isEqualTo(LocalDate.of(2018, 3, 3));
    }

    @Test
    void aDateLabelledAsPublishedDatesThePageAndADateLabelledAsChangedDoesNot() {
        String html = "<html><body><div><b>Talks resume in the capital</b></div><p>"
                + "Delegations returned to the capital on Tuesday for talks, officials said. ".repeat(3)
                + "</p><div>Letzte Änderung: 31.10.2023 - 14:49:39 Erschienen am: 01.11.2023</div></body></html>";
        assertThat(page(html).published()).isEqualTo(LocalDate.of(2023, 11, 1));
    }

    @Test
    void theDayThePageShowsUnderItsHeadlineWinsOverAMetaDayItWritesNowhere() {
        String html = "<html><head><meta name=\"date\" content=\"2021-12-20T11:02:44+01:00\"></head><body>"
                + "<h1>Talks resume in the capital</h1><p class=\"teaser-date\">27.01.2022</p><p>"
                + "Delegations returned to the capital on Tuesday for talks, officials said. ".repeat(3) + "</p></body></html>";
        Article a = page(html);
        assertThat(a.published()).isEqualTo(LocalDate.of(2022, 1, 27));
        assertThat(a.publishedAt()).isNull();
    }

    @Test
    void aMetaDayThePageWritesOnlyAsTheDayOfAChangeGivesWayToTheDayLabelledPublished() {
        String html = "<html><head><meta name=\"date\" content=\"2021-10-15\"></head><body><h1>Talks resume in the capital</h1><p>"
                + "Delegations returned to the capital on Tuesday for talks, officials said. ".repeat(3)
                + "</p><p>Erschienen am: 13.10.2021</p><p>Zuletzt geändert am: 15.10.2021</p></body></html>";
        assertThat(page(html).published()).isEqualTo(LocalDate.of(2021, 10, 13));
    }

    @Test
    void aMetaDayIsKeptWhereTheShownDateIsYearsEarlierOrItsDayAndMonthSwapped() {
        String story = "<p>" + "Delegations returned to the capital on Tuesday for talks, officials said. ".repeat(3) + "</p>";
        Article joined = page("<html><head><meta property=\"article:published_time\" content=\"2020-03-18T10:00:00+01:00\"></head>"
                + "<body><h1>Talks resume in the capital</h1><div><span>Joined</span> <span>May 11, 2017</span></div>" + story + "</body></html>");
        Article dayFirst = page("<html><head><meta property=\"article:published_time\" content=\"2020-03-08T10:00:00-03:00\"></head>"
                + "<body><h1>Talks resume in the capital</h1><p>08/03/2020 10h00</p>" + story + "</body></html>");
        assertThat(joined.published()).isEqualTo(LocalDate.of(2020, 3, 18));
        assertThat(dayFirst.published()).isEqualTo(LocalDate.of(2020, 3, 8));
    }

    @Test
    void aDateLineMarkedAsAnUpdateDoesNotOverruleTheMetaDay() {
        String story = "<p>" + "Delegations returned to the capital on Tuesday for talks, officials said. ".repeat(3) + "</p>";
        Article worded = page("<html><head><meta name=\"date\" content=\"2022-11-09\"></head><body><h1>Talks resume in the capital</h1>"
                + "<div><time datetime=\"2022-11-11T20:23:00-05:00\"><span>Updated November 11, 2022</span></time></div>" + story + "</body></html>");
        Article marked = page("<html><head><meta name=\"date\" content=\"2019-07-30\"></head><body><h1>Talks resume in the capital</h1>"
                + "<div><time class=\"published\" datetime=\"2019-07-30\">July 30, 2019</time><time class=\"updated\" "
                + "datetime=\"2023-01-18\">January 18, 2023</time></div>" + story + "</body></html>");
        assertThat(worded.published()).isEqualTo(LocalDate.of(2022, 11, 9));
        assertThat(marked.published()).isEqualTo(LocalDate.of(2019, 7, 30));
    }

    @Test
    void aUtcStampShownOnTheNextDayKeepsItsUtcDay() {
        String html = "<html><head><meta property=\"article:published_time\" content=\"2025-12-02T23:00:55+00:00\"></head><body>"
                + "<h1>Talks resume in the capital</h1><div>Published: 03 Dec 2025</div><p>"
                + "Delegations returned to the capital on Tuesday for talks, officials said. ".repeat(3) + "</p></body></html>";
        assertThat(page(html).published()).isEqualTo(LocalDate.of(2025, 12, 2));
    }

    @Test
    void theUrlsDayWinsOverAMarkupDayMoreThanTwoDaysFromItButNotOverOneNearIt() {
        String page = "<html><head><meta itemprop=\"datePublished\" content=\"%s\"></head><body><h1>Talks resume in the capital</h1><p>"
                + "Delegations returned to the capital on Tuesday for talks, officials said. ".repeat(3) + "</p></body></html>";
        Hints url = Hints.NONE.withUrl("https://news.example/home/2017/7/12/talks-resume");
        Article moved = extract(page.formatted("2019-06-17T18:28:00+0200").getBytes(StandardCharsets.UTF_8), ContentType.HTML, url);
        Article filed = extract(page.formatted("2017-07-13T08:00:00+0200").getBytes(StandardCharsets.UTF_8), ContentType.HTML, url);
        assertThat(moved.published()).isEqualTo(LocalDate.of(2017, 7, 12));
        assertThat(filed.published()).isEqualTo(LocalDate.of(2017, 7, 13));
    }

    @Test
    void aStorysDateStyledLikeItsCommentsLinkIsStillTheStorysDate() {
        String html = "<html><body><h1>Talks resume in the capital</h1><div><span class=\"story-date comments-grey-italic\">"
                + "January 5, 2008 - 6:11 PM</span></div><p>" + "Delegations returned to the capital on Saturday for talks. ".repeat(3)
                + "</p><div><h5>15.01.2008</h5></div></body></html>";
        assertThat(page(html).published()).isEqualTo(LocalDate.of(2008, 1, 5));
    }

    @Test
    void aDayAfterTheDayOfReadingIsNoPublicationDay() {
        String html = "<html><head><meta property=\"article:published_time\" content=\"2999-01-01T10:00:00+01:00\"></head><body>"
                + "<h1>Talks resume in the capital</h1><time datetime=\"2020-05-05\">5 May 2020</time><p>"
                + "Delegations returned to the capital on Tuesday for talks, officials said. ".repeat(3) + "</p></body></html>";
        assertThat(page(html).published()).isEqualTo(LocalDate.of(2020, 5, 5));
    }

    @Test
    void aUtcTimeIsReadOnTheDayOfTheOffsetThePageShowsElsewhere() {
        String html = "<html><head><meta property=\"article:published_time\" content=\"2020-07-02T20:30:00Z\">"
                + "<meta name=\"dc.date.modified\" content=\"2020-07-03T06:00:00+09:00\"></head><body><h1>Talks resume in the capital</h1><p>"
                + "Delegations returned to the capital on Tuesday for talks, officials said. ".repeat(3) + "</p></body></html>";
        Article a = page(html);
        assertThat(a.published()).isEqualTo(LocalDate.of(2020, 7, 3));
        assertThat(a.publishedAt()).isEqualTo(java.time.OffsetDateTime.parse("2020-07-03T05:30:00+09:00"));
    }

    @Test
    void aUtcTimeJustPastMidnightIsReadOnTheDayTheUrlGivesButNotAMorningTime() {
        String page = "<html><head><meta property=\"article:published_time\" content=\"%s\"></head><body>"
                + "<h1>Talks resume in the capital</h1><p>" + "Delegations returned to the capital on Tuesday for talks. ".repeat(3)
                + "</p></body></html>";
        Hints url = Hints.NONE.withUrl("https://news.example/2020/02/17/talks-resume/");
        Article evening = extract(page.formatted("2020-02-18T02:18:11Z").getBytes(StandardCharsets.UTF_8), ContentType.HTML, url);
        Article nextMorning = extract(page.formatted("2020-02-18T14:04:00Z").getBytes(StandardCharsets.UTF_8), ContentType.HTML, url);
        assertThat(evening.published()).isEqualTo(LocalDate.of(2020, 2, 17));
        assertThat(nextMorning.published()).isEqualTo(LocalDate.of(2020, 2, 18));
    }

    @Test
    void aDateAfterSinceDatesWhatBeganNotThePage() {
        String story = "Delegations returned to the capital on Tuesday for talks, officials said. ".repeat(3);
        Article a = page("<html><body><table><tr><td><a href=\"/archives/archive.html\">Since 1st March, 1999</a></td></tr></table>"
                + "<h1>Talks resume in the capital</h1><p>" + story + "</p></body></html>");
        assertThat(a.published()).isNull();
    }

    @Test
    void aMastheadDateWithASpaceBeforeEachCommaIsRead() {
        String story = "Delegations returned to the capital on Tuesday for talks, officials said. ".repeat(3);
        Article a = page("<html><body><span class=\"date\">Wednesday , January 9 , 2008</span>"
                + "<h1>Talks resume in the capital</h1><p>" + story + "</p></body></html>");
        assertThat(a.published()).isEqualTo(LocalDate.of(2008, 1, 9));
    }

    @Test
    void dateLineIsLookedForUnderTheHeadlineNotUnderTheSiteNamesHeading() {
        String html = "<html><head><title>Talks resume in the capital - City Desk</title></head><body><header><h1>City Desk</h1>"
                + "<p>Politics · Economy · Sport · Culture · Weather · Opinion</p></header><article><h1>Talks resume in the capital</h1>"
                + "<p class=\"tagline\">22/11/2020 - 04:30 - Source: wire agency - Photo: Rania Haddad for the City Desk archive</p><p>"
                + "Delegations returned to the capital on Tuesday for talks, officials said. ".repeat(3) + "</p></article></body></html>";
        Article a = page(html);
        assertThat(a.published()).isEqualTo(LocalDate.of(2020, 11, 22));
    }

    @Test
    void dateWrittenAsALineOfItsOwnBetweenABlocksChildrenIsThePublicationDayButADateInASentenceIsNot() {
        String story = "Delegations returned to the capital on Tuesday for talks, officials said. ".repeat(3);
        Article dated = page("<html><body><h1>City Desk</h1><fieldset><legend>Talks resume in the capital</legend> 20 December 2025 "
                + "<div class=\"body\"><p>" + story + "</p></div><p>More</p><p>Links</p></fieldset></body></html>");
        Article announced = page("<html><body><h1>Talks resume in the capital</h1><p>The next round opens on 5 February 2026 in <a href=\"/v\">"
                + "the old hall of the foreign ministry in the centre of the capital</a>.</p><p>" + story + "</p></body></html>");
        assertThat(dated.published()).isEqualTo(LocalDate.of(2025, 12, 20));
        assertThat(announced.published()).isNull();
    }

    @Test
    void utcStampOfAPageInGermanIsReadOnBerlinsDayUnlessThePageWritesTheUtcDay() {
        String story = "<p>" + "Die Gespräche in der Hauptstadt wurden am Dienstag fortgesetzt, sagten Beamte. ".repeat(3) + "</p>";
        String head = "<html lang=\"de\"><head><meta property=\"article:published_time\" content=\"2021-11-04T23:00Z\"></head><body><h1>Gespräche gehen weiter</h1>";
        Article midnight = page(head + story + "</body></html>");
        Article utcClock = page(head + "<p class=\"meta\">4. November 2021</p>" + story + "</body></html>");
        assertThat(midnight.published()).isEqualTo(LocalDate.of(2021, 11, 5));
        assertThat(utcClock.published()).isEqualTo(LocalDate.of(2021, 11, 4));
    }

    @Test
    void utcStampJustPastMidnightOfAPageOfNoKnownZoneIsReadOnTheDayThePageWritesButOtherwiseOnTheUtcDay() {
        String story = "<p>" + "Delegations returned to the capital on Monday for talks, officials said. ".repeat(3) + "</p>";
        String head = "<html lang=\"fr\"><head><meta property=\"article:published_time\" content=\"2020-08-25T00:23:33.312Z\"></head>"
                + "<body><h1>Talks resume in the capital</h1>";
        Article writesEvening = page(head + "<p class=\"meta\">24 August 2020 - 21:15</p>" + story + "</body></html>");
        Article writesNothing = page(head + story + "</body></html>");
        assertThat(writesEvening.published()).isEqualTo(LocalDate.of(2020, 8, 24));
        assertThat(writesNothing.published()).isEqualTo(LocalDate.of(2020, 8, 25));
    }

    @Test
    void theDateInThePostsOwnHeaderDatesThePageOverTheDatesOfLinkedPosts() {
        String html = "<html><body><h1>Talks resume in the capital</h1><div class=\"blog-post-header_date-wrapper\">"
                + "<div>August 28, 2025</div><div>5 min read</div></div><p>"
                + "Delegations returned to the capital on Tuesday for talks, officials said. ".repeat(3) + "</p>"
                + "<div class=\"blog-card_meta-content\"><div>December 19, 2025</div><div>4 min read</div></div></body></html>";
        assertThat(page(html).published()).isEqualTo(LocalDate.of(2025, 8, 28));
    }

    @Test
    void aDateLabelledAsTheCurrentTimeIsTheDayThePageWasServedNotTheStorys() {
        String html = "<html><body><p class=\"time\">Aktuelle Zeit: 14.10.2020, 12:18</p><h1>Talks resume in the capital</h1><p>"
                + "Delegations returned to the capital on Tuesday for talks, officials said. ".repeat(3) + "</p>"
                + "<span class=\"date\">21.01.2009, 05:42</span></body></html>";
        assertThat(page(html).published()).isEqualTo(LocalDate.of(2009, 1, 21));
    }

    @Test
    void utcStampJustPastMidnightOfACanadianPageIsReadOnTheEveningBeforeInItsZone() {
        String html = "<html lang=\"fr\"><head><meta name=\"dc.language\" content=\"fr-ca\">"
                + "<meta property=\"article:published_time\" content=\"2020-08-25T00:23:33.312Z\"></head>"
                + "<body><h1>Talks resume in the capital</h1><p>"
                + "Delegations returned to the capital on Monday for talks, officials said. ".repeat(3) + "</p></body></html>";
        assertThat(page(html).published()).isEqualTo(LocalDate.of(2020, 8, 24));
    }

    @Test
    void aDateLabelledAsTodaysIsTheDayThePageWasServedNotTheStorys() {
        String html = "<html><body><div class=\"weather\"><p class=\"date\"><span>Today,</span> March 22, 2017</p></div>"
                + "<h1>Talks resume in the capital</h1><p>By <span>Rania Haddad</span> - Mar 21, 2017</p><p>"
                + "Delegations returned to the capital on Tuesday for talks, officials said. ".repeat(3) + "</p></body></html>";
        assertThat(page(html).published()).isEqualTo(LocalDate.of(2017, 3, 21));
    }

    @Test
    void readsADayFirstDateInTheAddressOnlyWhenItReadsOneWay() {
        String page = "<html><body><h1>Talks resume in the capital</h1><p>"
                + "Delegations returned to the capital on Tuesday for talks, officials said. ".repeat(3) + "</p></body></html>";
        byte[] html = page.getBytes(StandardCharsets.UTF_8);
        Article dayFirst = extract(html, ContentType.HTML, Hints.NONE.withUrl("https://news.example/newsroom/23-01-2022-talks-resume/17-378.html"));
        Article either = extract(html, ContentType.HTML, Hints.NONE.withUrl("https://news.example/newsroom/02-11-2023-talks-resume/17-378.html"));
        assertThat(dayFirst.published()).isEqualTo(LocalDate.of(2022, 1, 23));
        Article tenth = extract(html, ContentType.HTML, Hints.NONE.withUrl("https://news.example/newsroom/10-11-2022-talks-resume/17-378.html"));
        assertThat(either.published()).isNull();
        assertThat(tenth.published()).isNull();
    }

    @Test
    void datelineOpeningOneOfTheFirstParagraphsGivesTheDayWhenNothingElseDoes() {
        String html = "<html><body><h3>Gedenken in Karlsruhe</h3><p>Von Rania Haddad</p><p>Karlsruhe, (12.11.2021). Traditionell gedenken "
                + "die Gemeinden der Opfer, sagten die Veranstalter. ".repeat(3) + "</p><p>Am 5. Februar 2022 folgt die nächste Feier.</p></body></html>";
        assertThat(page(html).published()).isEqualTo(LocalDate.of(2021, 11, 12));
    }

    @Test
    void dateLeadingALineBeforeItsSectionsNameIsTheDay() {
        String html = "<html><body><div><p class=\"category\"> 24. April 2020 | <a href=\"/n\">Nachrichten und Pressemitteilungen</a></p>"
                + "<h1>Kunstaktion zum Tag der Pressefreiheit</h1></div><p>" + "Der Verband hat einen Künstler gewonnen, sagte er. ".repeat(4)
                + "</p></body></html>";
        assertThat(page(html).published()).isEqualTo(LocalDate.of(2020, 4, 24));
    }

    @Test
    void aDateStampedWithATimeInThePageTextIsTheLastResort() {
        String html = "<html><body><div><b>Talks resume in the capital</b></div><div><span>Rania Haddad |</span> 2020-03-04 16:52:59</div>"
                + "<p>" + "Delegations returned to the capital on Tuesday for talks after the 2019-11-02 round. ".repeat(3)
                + "</p></body></html>";
        Article a = page(html);
        assertThat(a.published()).isEqualTo(LocalDate.of(2020, 3, 4));
    }

    @Test
    void anElementThatHoldsOnlyALabelledDateOrTheSharedImagesUrlGivesTheDayWhenNothingElseDoes() {
        String body = "<p>" + "Delegations returned to the capital on Tuesday for talks after the 2019 round. ".repeat(3) + "</p>";
        Article labelled = page("<html><body><div><b>Talks resume</b></div><ul><li><span>Datum:</span>26. Januar 2022</li></ul>"
                + body + "</body></html>");
        Article heading = extract(("<html><body><h5 class=\"font-blue\">23.01.19</h5>" + body + "</body></html>")
                .getBytes(StandardCharsets.UTF_8), ContentType.HTML, Hints.NONE);
        Article imaged = page("<html><head><meta property=\"og:image\" content=\"https://news.example/files/2016/05/04/talks.png\">"
                + "</head><body>" + body + "</body></html>");
        assertThat(labelled.published()).isEqualTo(LocalDate.of(2022, 1, 26));
        assertThat(imaged.published()).isEqualTo(LocalDate.of(2016, 5, 4));
        assertThat(heading.published()).isEqualTo(LocalDate.of(2019, 1, 23));
    }

    @Test
    void aTableInTheArticleIsReadOneRowPerLineWithItsCellsSpaced() {
        String html = "<html><body><article><h1>Casualties by governorate</h1><p>"
                + "The monitor published its monthly count of civilian deaths on Monday, by governorate. ".repeat(2) + "</p>"
                + "<table><tr><th>Governorate</th><th>Killed</th><th>Wounded</th></tr><tr><td>Aleppo</td><td>41</td><td>1</td></tr>"
                + "<tr><td>Idlib</td><td>37</td><td>1</td></tr></table></article></body></html>";
        assertThat(page(html).paragraphs()).containsSequence("Governorate Killed Wounded", "Aleppo 41 1", "Idlib 37 1");
    }

    @Test
    void aListOfLinkedStoriesCutShortIsLeftOut() {
        String teaser = "<li><a href=\"/other\">Another story from the north</a> <span>ALEPPO: Fighting resumed on the edge of the "
                + "city as rebels pushed towards the old quarter, where shelling has...</span></li>";
        String html = "<html><body><main><ul>" + teaser.repeat(4) + "</ul><h1>Talks resume in the capital</h1><p>"
                + "Delegations returned to the capital on Tuesday for a new round of talks, officials said. ".repeat(4) + "</p><p>"
                + "The previous round ended without agreement after three days of meetings. ".repeat(3) + "</p></main></body></html>";
        assertThat(page(html).paragraphs()).hasSize(2).noneMatch(p -> p.contains("Another story"));
    }

    @Test
    void aCallToDonateInsideTheArticleIsLeftOut() {
        String html = "<html><body><article><h1>Talks resume in the capital</h1><p>"
                + "Delegations returned to the capital on Tuesday for a new round of talks, officials said. ".repeat(4) + "</p><p>"
                + "The previous round ended without agreement after three days of meetings. ".repeat(3) + "</p>"
                + "<div class=\"zone-widget-custom-cta-letter\"><h5>A Word to Our Loyal Readers</h5><p>"
                + "Support our newsroom so we can keep reporting from the front lines for you. ".repeat(2) + "</p></div></article></body></html>";
        assertThat(page(html).paragraphs()).hasSize(2).noneMatch(p -> p.contains("Support our newsroom"));
    }

    @Test
    void articleInsideABlockNamedAsBoilerplateOrCaptionIsStillFound() {
        String text = "<p>" + "Delegations returned to the capital on Tuesday for a new round of talks, officials said. ".repeat(3)
                + "</p><p>" + "The previous round ended without agreement after three days of meetings. ".repeat(2) + "</p>";
        String comments = "<div class=\"comments\"><p>" + "Reader comment about something else entirely here. ".repeat(8) + "</p></div>"
                + "<div class=\"newsletter\"><p>" + "Sign up to our morning letter and read every story first. ".repeat(7) + "</p></div>";
        Article wrapped = page("<html><body><h1>Talks resume in the capital</h1><div id=\"subscription-replace-entire-article\">"
                + text + "</div>" + comments + "</body></html>");
        Article captioned = page("<html><body><div id=\"page\" class=\"right-column caption\"><h1>Talks resume in the capital</h1>"
                + text + "</div></body></html>");
        assertThat(wrapped.paragraphs()).hasSize(2).noneMatch(p -> p.contains("Reader comment") || p.contains("Sign up"));
        assertThat(captioned.paragraphs()).hasSize(2);
    }

    /** {@code n} paragraphs "label 1: sentence sentence ...", "label 2: ...". */
    private static String numbered(String label, int n, String sentence, int repeat) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            out.append("<p>").append(label).append(' ').append(i).append(": ").append(sentence.repeat(repeat)).append("</p>");
        }
        return out.toString();
    }

    /** Comments and related stories, named as such, with more text together than a short article. */
    private static final String COMMENTS_AND_RELATED = "<div class=\"comments\">" + numbered("Reader", 5, "something about another story. ", 8)
            + "</div><div class=\"related\">" + numbered("Story", 5, "something about another story. ", 8) + "</div>";

    @Test
    void layoutWrapperNamedForItsSidebarKeepsTheArticleBodyItHolds() {
        Article a = page("<html><body><h1>Talks resume in the capital</h1><div class=\"grid-toc-content-sidebar\"><div class=\"article-body\">"
                + numbered("Round", 5, "delegations met in the capital for talks, officials said. ", 5) + "</div><div class=\"toc\">Contents</div></div>"
                + COMMENTS_AND_RELATED + "</body></html>");
        assertThat(a.paragraphs()).hasSize(5).allMatch(p -> p.startsWith("Round "));
    }

    @Test
    void articleBodyNamedForThePaywallThatShowsItsFirstPartIsKept() {
        Article a = page("<html><body><h1>Talks resume in the capital</h1><div class=\"entry__content steady-paywall-container\">"
                + numbered("Round", 5, "delegations met in the capital for talks, officials said. ", 5) + "</div>"
                + COMMENTS_AND_RELATED + "</body></html>");
        assertThat(a.paragraphs()).hasSize(5).allMatch(p -> p.startsWith("Round "));
    }

    @Test
    void blockNamedForNavigationThatHoldsRunningTextIsKeptAndOneOfLinksIsNot() {
        String menu = "<li><a href=\"/desk\">A desk of the site and its many stories</a></li>".repeat(24);
        Article a = page("<html><body><div class=\"site-nav\"><ul>" + menu + "</ul></div><h1>Talks resume in the capital</h1>"
                + "<div class=\"content-nav-section\">" + numbered("Round", 4, "delegations met in the capital for talks, officials said. ", 3)
                + "</div>" + COMMENTS_AND_RELATED + "</body></html>");
        assertThat(a.paragraphs()).hasSize(4).allMatch(p -> p.startsWith("Round "));
    }

    @Test
    void foldedSectionsOfTheArticleAreReadAndHiddenFurnitureIsNot() {
        String said = "the crews check the roof and the wiring before the panels go up, the installer said. ";
        Article accordion = page("<html><body><h1>How solar panels are installed</h1><div class=\"story\"><p>First, " + said.repeat(3)
                + "</p><p>Then, " + said.repeat(3) + "</p><a role=\"button\" aria-controls=\"step3\">Step 3</a>"
                + "<div id=\"step3\" style=\"display:none;\" role=\"region\"><p>Last, " + said.repeat(2) + "</p></div>"
                + "<div style=\"display:none\"><p>Subscribe now and save on your first year of the magazine, " + said + "</p></div>"
                + "</div></body></html>");
        Article streamed = page("<html><body><h1>How solar panels are installed</h1><!--$?--><template id=\"B:0\"></template><!--/$-->"
                + "<div hidden id=\"S:0\"><p>" + said.repeat(3) + "</p></div></body></html>");
        assertThat(accordion.paragraphs()).hasSize(3).noneMatch(p -> p.contains("Subscribe"));
        assertThat(accordion.paragraphs().get(2)).startsWith("Last, ");
        assertThat(streamed.paragraphs()).singleElement().asString().startsWith("the crews check the roof");
    }

    @Test
    void pageWrappedInAFormWithTextOutsideParagraphsIsRead() throws IOException {
        Article a = extract(fixture("form-wrapped.html"), ContentType.HTML, Hints.NONE);
        assertThat(a.title()).isEqualTo("Council approves budget");
        assertThat(a.paragraphs()).containsExactly(
                "The city council approved next year's budget on Monday after a debate that lasted more than six hours, officials said.",
                "The budget raises spending on schools and roads, and cuts the administration's travel allowance by a third.",
                "Opposition members said the cuts did not go far enough.");
    }

    @Test
    void deeplyNestedPageIsReadWithoutOverflowingTheStack() {
        String html = "<html><body>" + "<div>".repeat(100_000) + "<p>Deep text in Aleppo, said the source.</p>"
                + "</div>".repeat(100_000) + "</body></html>";
        Article a = page(html);
        assertThat(a.paragraphs()).containsExactly("Deep text in Aleppo, said the source.");
    }

    @Test
    void windows1252PageWithoutDeclarationDecodesWithoutMojibake() {
        byte[] bytes = "<html><body><p>Le café de la rue “Bab Touma” a rouvert.</p></body></html>"
                .getBytes(Charset.forName("windows-1252"));
        Article a = extract(bytes, ContentType.HTML, Hints.NONE);
        assertThat(a.paragraphs()).containsExactly("Le café de la rue “Bab Touma” a rouvert.");
    }

    @Test
    void utf8PageDeclaredAsLatin1IsReadAsUtf8() {
        byte[] bytes = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Deir ez-Zor – café</p></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(extract(bytes, ContentType.HTML, Hints.NONE).paragraphs()).containsExactly("Deir ez-Zor – café");
    }

    @Test
    void csvBodyDropsATitleRepeatedAtItsStart() {
        Article a = extract("Air raid kills 21. An air strike on a market killed 21 people.".getBytes(StandardCharsets.UTF_8),
                ContentType.BODY_TEXT, new Hints("Air raid kills 21", null, null, null));
        assertThat(a.title()).isEqualTo("Air raid kills 21");
        assertThat(a.paragraphs()).containsExactly("An air strike on a market killed 21 people.");
    }

    @Test
    void pageWithNoTextIsRefusedNamingTheInput() {
        assertThatThrownBy(() -> extract("<html><body><nav>Home</nav></body></html>".getBytes(StandardCharsets.UTF_8),
                ContentType.HTML, Hints.NONE))
                .isInstanceOf(InputException.class).hasMessage("test: no article text found");
    }

    @Test
    void readsThePublicationDayATemplateMarksWithAComment() {
        Article a = page("<html><body><div class=\"DateMenuTop\">Dec. 26, 2006</div><table><tr><td><!-- publish-date -->"
                + "Monday, April 14, 2003 - 12:45 p.m. EDT<!-- publish-date --></td></tr></table><h1>Briefing</h1><p>" + TALKS
                + "</p></body></html>");
        assertThat(a.published()).isEqualTo(LocalDate.of(2003, 4, 14));
    }

    @Test
    void readsTheDayOfAUrlWithSectionsBetweenYearAndMonth() {
        Article a = extract(("<html><head><link rel=\"canonical\" href=\"http://www.cnn.com/2011/WORLD/africa/04/06/libya.war/index.html\">"
                + "</head><body><h1>Letter</h1><p>" + TALKS + "</p></body></html>").getBytes(StandardCharsets.UTF_8), ContentType.HTML, Hints.NONE);
        assertThat(a.published()).isEqualTo(LocalDate.of(2011, 4, 6));
    }

    @Test
    void readsTheDayOfAUrlThatWritesItAsEightFiguresYearLastWhenOneNumberCannotBeAMonth() {
        Article dayFirst = fetchedFrom("http://uk.sport.example/18012008/1/fulham-wrap.html", "");
        Article eitherOrder = fetchedFrom("http://uk.sport.example/06012008/1/fulham-wrap.html", "");
        assertThat(dayFirst.published()).isEqualTo(LocalDate.of(2008, 1, 18));
        assertThat(eitherOrder.published()).isNull();
    }

    private Article fetchedFrom(String location, String head) {
        byte[] html = ("<html><head>" + head + "</head><body><article><h1>Talks resume</h1><p>" + TALKS + "</p></article></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        return extractor.extract(new RawPage("test", html, ContentType.HTML, null, Instant.EPOCH, Hints.NONE, location));
    }

    @Test
    void aPageFetchedFromAnAddressIsStoredUnderItsCanonicalLinkWhenItHasOne() {
        assertThat(fetchedFrom("https://news.example/talks/amp", "<link rel=\"canonical\" href=\"/talks\">").url())
                .isEqualTo("https://news.example/talks");
        assertThat(fetchedFrom("https://news.example/talks", "").url()).isEqualTo("https://news.example/talks");
    }

    /** Issue 19: a site that gives every page its front page as canonical link would make all its stories one. */
    @Test
    void aCanonicalLinkToTheFrontPageIsIgnoredForAStoryPage() {
        assertThat(fetchedFrom("https://news.example/talks", "<link rel=\"canonical\" href=\"https://news.example/\">").url())
                .isEqualTo("https://news.example/talks");
    }

    @Test
    void theDateWithTheBylineBeatsADateAloneInASideBox() {
        // issue 15: an old column served years later showed the serving day in a side box above its own date line
        String body = "<p>" + "The debate over the war in Iraq went on in Washington and London this week. ".repeat(8) + "</p>";
        Article a = page("<html><body><table><tr><td><strong>December 26, 2006</strong><br><em>7:44pm EST</em></td></tr></table>"
                + "<h1>Best of the Web Today</h1><b>BY JAMES TARANTO</b><br><i>Monday, September 9, 2002 1:57 p.m. EDT</i>"
                + body + body + "</body></html>");
        assertThat(a.published()).isEqualTo(LocalDate.of(2002, 9, 9));
    }

    @Test
    void readsTheDateOfAnElementAfterATemplatesPublishDateComment() {
        String html = "<html><body><h1>Law professors sign brief</h1><div id=\"date\">Sunday, January 20, 2008 | Today's paper</div>"
                + "<!-- PUBLISH DATE -->\n<div><span>Jan 18, 2008 04:30 AM</span></div><p>" + TALKS + "</p></body></html>";
        assertThat(page(html).published()).isEqualTo(LocalDate.of(2008, 1, 18));
    }

    @Test
    void takesTheHeadlineAndItsDateFromASpanOfClassHeadlineWhenThePageHasNoHeadingAndASiteWideTitle() {
        // issue 15: an old radio station's page titled every story "580 CFRA - News Talk Radio" under a masthead date
        String html = "<html><head><title>580 CFRA - News Talk Radio</title></head><body><table><tr><td><b>Sunday, January 20, 2008</b>"
                + "</td></tr></table><p><span class=\"headline\">NATO Intervention in Pakistan: Dion</span><br>"
                + "<span class=\"subheadline\">Josh Pringle</span><br><span class=\"small\"> Wednesday, January 16, 2008 </span></p>"
                + "<p class=\"maintext\">" + TALKS + "</p><p>" + TALKS + "</p></body></html>";
        Article a = page(html);
        assertThat(a.title()).isEqualTo("NATO Intervention in Pakistan: Dion");
        assertThat(a.published()).isEqualTo(LocalDate.of(2008, 1, 16));
    }

    @Test
    void readsADateLineBetweenLineBreaksUnderAHeadlineSetInAnH3() {
        String html = "<html><head><title>Roadblocks will remain</title></head><body><h3>Roadblocks will remain</h3>"
                + "<font size=\"-2\">Staff and agencies<br>01 January, 2008<br><br><p>" + TALKS + "</p></font></body></html>";
        assertThat(page(html).published()).isEqualTo(LocalDate.of(2008, 1, 1));
    }

    @Test
    void readsADateSetAsMonthDayAndYearInElementsOfTheirOwn() {
        String html = "<html><body><h1>Fierce fighting in the north</h1><div class=\"cd_calpage\"><span>Dec</span><span>30</span>"
                + "<span>2007</span></div><p>" + TALKS + "</p></body></html>";
        assertThat(page(html).published()).isEqualTo(LocalDate.of(2007, 12, 30));
    }

    @Test
    void aPageStampedOnlyWithItsLastUpdateIsDatedByIt() {
        String html = "<html><body><h1>Iran looks back</h1><div>Last Updated: Tuesday, 4 December 2007, 17:04 GMT</div><p>"
                + TALKS + "</p></body></html>";
        assertThat(page(html).published()).isEqualTo(LocalDate.of(2007, 12, 4));
    }

    @Test
    void readsTheDateThatABylineFollowsInTheText() {
        String html = "<html><body><div>Virtualization in Storage's Future January 8, 2008 By Dan Muse</div><p>" + TALKS
                + "</p></body></html>";
        assertThat(page(html).published()).isEqualTo(LocalDate.of(2008, 1, 8));
    }

    @Test
    void aPageStampedOnlyWithASlashedDateOfTwoDigitYearIsDatedByIt() {
        String html = "<html><body><div>Web Image News 15/01/08 15:46 Casino Poker</div><h1>Hornets snub bid</h1><p>" + TALKS
                + "</p></body></html>";
        assertThat(page(html).published()).isEqualTo(LocalDate.of(2008, 1, 15));
    }

    @Test
    void aStoryPathWrittenWithEscapedBackslashesInTheAddressDatesThePage() {
        String html = "<html><body><table><tr><td><b>Tuesday, January 15, 2008</b></td></tr></table><h1>Talks resume in the capital</h1><p>"
                + TALKS + "</p></body></html>";
        Article a = extractor.extract(new RawPage("test", html.getBytes(StandardCharsets.UTF_8), ContentType.HTML, null, Instant.EPOCH,
                Hints.NONE, "http://www.example.com.pk/default.asp?page=2008%5C01%5C14%5Cstory_14-1-2008_pg7_40"));
        assertThat(a.published()).isEqualTo(LocalDate.of(2008, 1, 14));
    }

    @Test
    void theStorysDateLineByItsHeadlineWinsOverAnEarlierMastheadsDayOfServing() {
        String html = "<html><head><title>Talks resume in the capital</title></head><body><table class=\"DateBar\"><tr><td>Wednesday, 16 January 2008</td></tr></table>"
                + "<table><tr><td><a href=\"/a\">Sports</a> <a href=\"/b\">Business</a></td></tr></table>".repeat(8)
                + "<table><tr><td>02 January 2008 - 5:34PM</td><td><a href=\"/email?id=1\">Send to a friend</a></td></tr></table>"
                + "<span><strong>Talks resume in the capital</strong></span><p>" + TALKS + "</p></body></html>";
        assertThat(page(html).published()).isEqualTo(LocalDate.of(2008, 1, 2));
    }

    @Test
    void aNewsMlItemLeftInThePageDatesItByItsFirstCreation() {
        String html = "<html><body><h1>Talks resume in the capital</h1><span id=\"Label1\"><NewsML><NewsEnvelope><DateAndTime>"
                + "20080119T125454Z</DateAndTime></NewsEnvelope><NewsItem><NewsManagement><FirstCreated>20080118T105102Z</FirstCreated>"
                + "</NewsManagement></NewsItem></NewsML></span><p>" + TALKS + "</p></body></html>";
        assertThat(page(html).published()).isEqualTo(LocalDate.of(2008, 1, 18));
    }

    @Test
    void aMagazinesIssueDateMetaDatesItsStoryOverAnArchivesCapture() {
        String html = "<html><head><meta name=\"Issue_Date\" content=\"November 28, 2005\"></head><body>"
                + "<img src=\"https://web.archive.org/web/20071102033855im_/http://nymag.com/a.gif\"><h1>Talks resume in the capital</h1><p>"
                + TALKS + "</p></body></html>";
        assertThat(page(html).published()).isEqualTo(LocalDate.of(2005, 11, 28));
    }
}
