package org.sitrep.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Quote;

/** Where the words of a reported statement end. */
class ContentSpansTest {
    private static final String LEAD = "The talks in Geneva ended on Friday without a deal.\n\n";

    @Test
    void aClauseAfterCommaAndWithASpeakerOfItsOwnIsAnotherStatement() {
        List<Quote> quotes = StanceFramesTest.quotesOf(LEAD + "The government issued a statement hinting a major attack was "
                + "imminent, and the U.S. military reported that it had killed 11 insurgents.");
        assertThat(quotes).extracting(Quote::text).contains("a major attack was imminent");
    }

    @Test
    void aDirectQuestionAfterACommaIsTheWritersOwn() {
        List<Quote> quotes = StanceFramesTest.quotesOf(LEAD + "Obama has made clear that he knew it was terrorism, why did "
                + "he send his aides on a tour of talk shows?");
        assertThat(quotes).extracting(Quote::text).contains("he knew it was terrorism");
    }

    @Test
    void aNounJoinedByAndInsideAPhraseIsNoSecondVerbOfSaying() {
        List<Quote> quotes = StanceFramesTest.quotesOf(LEAD + "The great fear, says the reporter Emma Kirby, is that France "
                + "will now be at the beck and call of the US, and may be dragged into conflicts.");
        assertThat(quotes).extracting(Quote::text).anyMatch(t -> t.contains("beck and call of the US"));
    }

    @Test
    void aPastVerbOfSayingAfterAndStillEndsTheContent() {
        List<Quote> quotes = StanceFramesTest.quotesOf(LEAD + "The minister said it was the end of the talks and called for "
                + "new elections.");
        assertThat(quotes).extracting(Quote::text).contains("it was the end of the talks");
    }

    @Test
    void aParticipleOfIdentifyingAfterACommaEndsTheContent() {
        List<Quote> quotes = StanceFramesTest.quotesOf(LEAD + "Medics said three people were killed, identifying them as "
                + "two police officers and a bystander.");
        assertThat(quotes).extracting(Quote::text).contains("three people were killed");
    }
}
