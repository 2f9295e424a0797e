package org.sitrep.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Article;
import org.sitrep.core.ContentType;
import org.sitrep.core.Hints;
import org.sitrep.core.Quote;
import org.sitrep.core.QuoteKind;
import org.sitrep.core.RawPage;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.nlp.CoreNlpAnnotator;

/** Words a page sets as block quotations are direct statements of the source named around them. */
class QuotedBlocksTest {
    private static List<Quote> quotesOfPage(String body) {
        String html = "<html><head><title>Headline</title></head><body><article><h1>Headline</h1>" + body + "</article></body></html>";
        Article a = new ArticleExtractor().extract(new RawPage("https://example.com/story", html.getBytes(StandardCharsets.UTF_8),
                ContentType.HTML, null, Instant.EPOCH, new Hints(null, LocalDate.of(2016, 9, 20), null, null)));
        return new QuoteAttributor().find(CoreNlpAnnotator.shared().annotate(a));
    }

    private static Quote starting(List<Quote> quotes, String start) {
        return quotes.stream().filter(q -> q.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starts with: " + start + " in " + quotes));
    }

    private static final String FILLER = "<p>The city sent the alert to every phone on Monday morning, hours after the blast in the "
            + "neighbourhood, and many residents said they had learned of the search from it.</p>";

    @Test
    void anEmbeddedPostIsADirectStatementOfTheNameAfterItsDash() {
        List<Quote> quotes = quotesOfPage(FILLER + "<blockquote class=\"twitter-tweet\"><p>I did not sign up for the emergency "
                + "alert system to be woken up by this kind of message.</p>\u2014 Nora Jemison (@norajem) "
                + "<a href=\"https://twitter.com/x\">September 19, 2016</a></blockquote>" + FILLER);

        Quote post = starting(quotes, "I did not sign up");
        assertThat(post.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(post.speaker().name()).isEqualTo("Nora Jemison");
        assertThat(quotes).noneMatch(q -> q.text().contains("@norajem"));
    }

    @Test
    void aQuotationAfterALeadInEndingWithAColonIsTheLeadInSubjects() {
        List<Quote> quotes = quotesOfPage(FILLER + "<p>The Telegraph's Barbara Amiel is on to them:</p><blockquote><p>These voices "
                + "never floundered before. They have never let information alone stand in the way of telling presidents what "
                + "to do.</p></blockquote>" + FILLER);

        assertThat(starting(quotes, "These voices never floundered").speaker().name()).isEqualTo("Barbara Amiel");
    }

    @Test
    void aQuotationOpeningWithAWireDatelineIsTheWires() {
        // issue 15: "GENEVA (Reuters)--" credits the story the writer quotes
        List<Quote> quotes = quotesOfPage(FILLER + "<p>Well, here are the first two paragraphs of the story.</p><blockquote><p>"
                + "GENEVA (Reuters)--Human rights around the world have been a casualty of the war on terror since "
                + "September 11.</p></blockquote>" + FILLER);

        assertThat(starting(quotes, "GENEVA (Reuters)").speaker().name()).isEqualTo("Reuters");
    }

    @Test
    void aQuotationAfterABylineLineAndTheQuotersNoteIsTheBylinesAuthor() {
        // issue 15: "Ma'ariv by Ben Caspit", then the blogger's note, then the article quoted
        List<Quote> quotes = quotesOfPage(FILLER + "<p>US: ASSAD HAS BEEN WRITTEN OFF</p><p>Maariv by Ben Caspit</p><p>(Thanks "
                + "to a friend for sending this to me. Interesting for the spin though.)</p><blockquote><p>The US administration "
                + "believes that the regime in Syria is on the verge of collapse, and that its president will not survive for "
                + "long.</p></blockquote>" + FILLER);

        assertThat(starting(quotes, "The US administration believes").speaker().name()).isEqualTo("Ben Caspit");
    }

    @Test
    void aQuotationAfterAParagraphThatDoesNotIntroduceItHasNoSpeaker() {
        List<Quote> quotes = quotesOfPage("<p>Senator John Harlow said on Sunday that the talks had failed.</p><blockquote><p>The "
                + "ceasefire has not held in the north, where shelling went on through the night near the border.</p></blockquote>"
                + FILLER);

        Quote block = starting(quotes, "The ceasefire has not held");
        assertThat(block.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(block.speaker()).isNull();
    }

    @Test
    void anEmbeddedPostsCreditLineNamesItsSourceAndIsNoStatement() {
        List<Quote> quotes = quotesOfPage(FILLER + "<blockquote class=\"instagram-media\"><p>We will rebuild every house that was "
                + "destroyed, and no family will be left without a roof this winter.</p><p>A post shared by Ahmed Karimi "
                + "(@akarimi) on <time>Oct 3, 2019 at 10:14am PDT</time></p></blockquote>" + FILLER);

        assertThat(starting(quotes, "We will rebuild").speaker().name()).isEqualTo("Ahmed Karimi");
        assertThat(quotes).noneMatch(q -> q.text().contains("post shared"));
    }
}
