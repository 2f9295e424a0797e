package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Article;
import org.sitrep.core.ContentType;
import org.sitrep.core.Hints;
import org.sitrep.core.RawPage;

/** Page furniture that real news pages leaked into the text (issue 15), on pages written for these tests. */
class PageFurnitureTest {
    private static final String TALKS = "Delegations returned to the capital on Tuesday for talks, officials said. ".repeat(3).strip();
    private final ArticleExtractor extractor = new ArticleExtractor();

    private Article page(byte[] html) {
        return extractor.extract(new RawPage("test", html, ContentType.HTML, null, Instant.EPOCH, Hints.NONE));
    }

    private Article page(String html) {
        return page(html.getBytes(StandardCharsets.UTF_8));
    }

    private Article fixture(String name) throws IOException {
        try (InputStream in = PageFurnitureTest.class.getResourceAsStream(name)) {
            return page(in.readAllBytes());
        }
    }

    private static String article(String blocks) {
        return "<html><body><article>" + blocks + "</article></body></html>";
    }

    @Test
    void furniturePageGivesTheStorysParagraphsOnly() throws IOException {
        Article a = fixture("furniture-page.html");
        assertThat(a.paragraphs()).hasSize(5);
        assertThat(a.paragraphs().get(0)).startsWith("Delegations from both sides returned");
        assertThat(a.paragraphs().get(4)).startsWith("Residents of the river towns");
    }

    @Test
    void paywallNoticeIsNoTextWhetherNamedByItsClassOrKnownByItsWords() throws IOException {
        assertThat(fixture("furniture-page.html").text()).doesNotContain("RESERVED", "Subscribe");
        for (String notice : new String[] {"THIS CONTENT IS RESERVED FOR SUBSCRIBERS.", "Subscribe to continue reading.",
                "Already a subscriber? Log in here.", "This article is for subscribers only."}) {
            assertThat(page(article("<p>" + TALKS + "</p><p>" + notice + "</p>")).paragraphs()).as(notice).containsExactly(TALKS);
        }
    }

    @Test
    void factBoxBesideTheStoryIsLeftOut() throws IOException {
        assertThat(fixture("furniture-page.html").text()).doesNotContain("Fact box", "Civilians displaced");
    }

    @Test
    void pullQuoteThatRepeatsTheStoryIsLeftOutWhateverItsMarkup() throws IOException {
        Article a = fixture("furniture-page.html");
        assertThat(a.paragraphs()).noneMatch(p -> p.startsWith("“Nobody leaves"));
        assertThat(a.paragraphs()).anyMatch(p -> p.endsWith("“Nobody leaves this room until we have a text.”"));
    }

    @Test
    void shortLinesAndNamesRepeatedInTheTextAreNoPullQuotes() {
        String text = "Linksys Velop Wi-Fi 6 Mesh Router is the best router we tested this year, the reviewers said. ".repeat(2).strip();
        Article a = page(article("<h2>Linksys Velop Wi-Fi 6 Mesh Router</h2><p>" + text + "</p><p>Thank you.</p><p>Thank you very much.</p>"));
        assertThat(a.paragraphs()).containsExactly("Linksys Velop Wi-Fi 6 Mesh Router", text, "Thank you.", "Thank you very much.");
    }

    @Test
    void videoPlayerItsTitleAndLoadingMessageAreNeitherTextNorCaption() throws IOException {
        Article a = fixture("furniture-page.html");
        assertThat(a.text()).doesNotContain("LOADING", "Top headlines");
        assertThat(a.captions()).noneMatch(c -> c.contains("Top headlines"));
        assertThat(a.captions()).anyMatch(c -> c.startsWith("Delegates arrive for the talks"));
    }

    @Test
    void opensNewTabNoteForScreenReadersIsNoPartOfTheText() throws IOException {
        assertThat(fixture("furniture-page.html").paragraphs()).anyMatch(p -> p.endsWith("according to a wire report."));
        Article plain = page(article("<p>" + TALKS + " <a href=\"https://wire.example\">Reuters, opens new tab</a> reported.</p>"));
        assertThat(plain.paragraphs()).containsExactly(TALKS + " Reuters reported.");
    }

    @Test
    void sponsorAdvertAndFollowLinesAreNoParagraphs() throws IOException {
        assertThat(fixture("furniture-page.html").text()).doesNotContain("Supported by", "story continues below", "Follow Rania Haddad");
        Article a = page(article("<p>Story continues below</p><p>" + TALKS + "</p><p>Danica Kirka can be reached at http://x.example/dk</p>"));
        assertThat(a.paragraphs()).containsExactly(TALKS);
    }

    @Test
    void photoCreditIsNoParagraph() throws IOException {
        assertThat(fixture("furniture-page.html").text()).doesNotContain("City Desk Photo");
        Article a = page(article("<p>" + TALKS + "</p><div class=\"photo_credit\">Rex/AP Photo</div><span class=\"credit\">Stan Honda/Agence "
                + "France-Presse — Getty Images</span><p>" + TALKS.replace("Tuesday", "Monday") + "</p>"));
        assertThat(a.text()).doesNotContain("Rex/AP", "Getty");
    }

    @Test
    void linkCardOfAnotherStoryInsideTheArticleIsLeftOut() throws IOException {
        assertThat(fixture("furniture-page.html").text()).doesNotContain("How the last ceasefire collapsed", "Three weeks of talks");
    }

    @Test
    void noResponseToARequestForCommentIsTheStorysTextNotFurniture() throws IOException {
        assertThat(fixture("furniture-page.html").paragraphs()).anyMatch(p -> p.endsWith("The government did not respond to a request for comment."));
    }

    @Test
    void narrowSideColumnOfATableLayoutIsLeftOutAndTheInterviewBesideItKept() throws IOException {
        Article a = fixture("table-layout.html");
        assertThat(a.text()).doesNotContain("Special Report", "Urges Unity", "Lesson Plan");
        assertThat(a.paragraphs()).hasSize(5).first().asString().startsWith("INTERVIEWER: Ambassador, welcome");
    }

    @Test
    void captionsThatAreLinksToOtherStoriesAreNoCaptions() {
        Article a = page(article("<p>" + TALKS + "</p><figure><img src=\"/a.jpg\"><figcaption>Delegates arrive on Tuesday.</figcaption></figure>"
                + "<div class=\"more\"><a href=\"/x\"><img src=\"/x.jpg\"></a><span class=\"caption\"><a href=\"/x\">Envoy Dies In Blast: First...</a></span></div>"));
        assertThat(a.captions()).containsExactly("Delegates arrive on Tuesday.");
    }

    @Test
    void readersCountAfterALabelIsACounterNotAParagraph() {
        Article a = page(article("<p>" + TALKS + "</p><div>Readers' comments on this story: 18</div><div>Count of views : 106</div>"));
        assertThat(a.paragraphs()).containsExactly(TALKS);
    }

    @Test
    void otherLabelsWithANumberAreTheArticlesData() {
        Article a = page(article("<p>" + TALKS + "</p><div>Founded: 1954</div><div>Price: 18</div>"));
        assertThat(a.paragraphs()).containsExactly(TALKS, "Founded: 1954", "Price: 18");
    }

    @Test
    void messengerInviteBesideTheStoryIsLeftOut() {
        Article a = page(article("<div class=\"chat-messenger-box\"><p>Talk to us on our chat app. Find out what is new as it happens.</p></div>"
                + "<p>" + TALKS + "</p>"));
        assertThat(a.paragraphs()).containsExactly(TALKS);
    }

    @Test
    void listLabelsAfterTheStoryGoWithTheirLinks() {
        Article a = page(article("<p>" + TALKS + "</p><div>Related Coverage</div><div>Most Viewed: Latest News</div>"
                + "<div><a href=\"/x\">Envoy leaves the capital after two days of talks</a></div>"));
        assertThat(a.paragraphs()).containsExactly(TALKS);
    }

    @Test
    void pleaToShareTheStoryWithItsShortAddressIsNoParagraph() {
        Article a = page(article("<p>" + TALKS + "</p><p>Read or share this article: https://sho.rt/2xAbC</p>"));
        assertThat(a.paragraphs()).containsExactly(TALKS);
    }

    @Test
    void highlightsLabelGoesAndItsBulletsStay() {
        Article a = page(article("<div><b>STORY HIGHLIGHTS</b></div><ul><li>Delegations return for talks, officials say</li></ul><p>" + TALKS + "</p>"));
        assertThat(a.paragraphs()).containsExactly("Delegations return for talks, officials say", TALKS);
    }
}
