package org.sitrep.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Quote;

/** Statements framed by a verb of saying. */
class CueFramesTest {
    private static final String LEAD = "The talks in Geneva ended on Friday without a deal.\n\n";

    @Test
    void theSubjectOfMadeClearSaysTheClauseAfterIt() {
        List<Quote> quotes = StanceFramesTest.quotesOf(LEAD + "Emanuel also made clear that he has not considered resigning.");
        assertThat(quotes).filteredOn(q -> q.text().equals("he has not considered resigning")).singleElement()
                .satisfies(q -> assertThat(q.speaker().text()).isEqualTo("Emanuel"));
    }

    @Test
    void itIsClearThatReportsNoOne() {
        List<Quote> quotes = StanceFramesTest.quotesOf(LEAD + "It is clear that the two men share a view of Russia.");
        assertThat(quotes).noneMatch(q -> q.text().contains("share a view"));
    }

    @Test
    void aFrameWithASettingSetOffInMidSentenceReportsTheClauseAroundIt() {
        List<Quote> quotes = StanceFramesTest.quotesOf(LEAD
                + "American leadership, Zelensky said during a news conference later Tuesday, is crucial to the war effort.");
        assertThat(quotes).anyMatch(q -> q.text().contains("is crucial to the war effort") && q.speaker() != null
                && q.speaker().text().equals("Zelensky"));
    }
    @Test
    void theSubjectOfPointedOutSaysTheClauseAfterIt() {
        List<Quote> quotes = StanceFramesTest.quotesOf(LEAD + "Sanders pointed out that veterans' issues were largely ignored.");
        assertThat(quotes).filteredOn(q -> q.text().equals("veterans' issues were largely ignored")).singleElement()
                .satisfies(q -> assertThat(q.speaker().text()).isEqualTo("Sanders"));
    }

    @Test
    void pointingOutAThingReportsNoStatement() {
        List<Quote> quotes = StanceFramesTest.quotesOf(LEAD + "The guide pointed out the ruins of the old fortress.");
        assertThat(quotes).noneMatch(q -> q.text().contains("ruins"));
    }

    @Test
    void aSubjectWithARelativeClauseInItsAppositionSaysTheClauseAfterTheCue() {
        // PolNeAR train: the verb of the relative clause made "said the Khan family" read as an inverted closing frame
        List<Quote> quotes = StanceFramesTest.quotesOf(LEAD
                + "Gov. John Kasich of Ohio, a Republican who has refused to endorse Mr. Trump, said the Khan family deserved better.");
        assertThat(quotes).filteredOn(q -> q.text().equals("the Khan family deserved better")).singleElement()
                .satisfies(q -> assertThat(q.speaker().text()).contains("Kasich"));
    }

    @Test
    void aCueInARelativeClauseSetOffByCommasReportsNoFurtherThanItsClosingComma() {
        // PolNeAR train: "wants" read the whole main clause after the relative clause as what was wanted
        List<Quote> quotes = StanceFramesTest.quotesOf(LEAD + "California Rep. Jared Huffman, a member of the progressive "
                + "caucus who now wants Grayson removed from the group, said he had heard that account.");
        assertThat(quotes).anyMatch(q -> q.text().equals("he had heard that account"))
                .noneMatch(q -> q.text().contains("removed from the group, said"));
    }

    @Test
    void aConnectiveBeforeAFrameSetOffInMidSentenceIsNoPartOfWhatWasSaid() {
        // field dev: "But" alone was read as what Mullin said, and the clause after the frame was lost
        List<Quote> quotes = StanceFramesTest.quotesOf(LEAD
                + "But, Mullin later said, hopes for a deal remain slim without extensive concessions from the administration.");
        assertThat(quotes).anyMatch(q -> q.text().startsWith("hopes for a deal remain slim")).noneMatch(q -> q.text().equals("But"));
    }

    @Test
    void aSubjectWithAnAsideOfLikenessBeforeTheCueSaysTheClauseAfterIt() {
        // PolNeAR train: the aside made the cue read as a closing frame, and the clause after it went unread
        List<Quote> quotes = StanceFramesTest.quotesOf(LEAD + "Yet Democratic economists, like their Republican counterparts, "
                + "say taxing consumption encourages savings.");
        assertThat(quotes).anyMatch(q -> q.text().equals("taxing consumption encourages savings") && q.speaker() != null
                && q.speaker().text().contains("Democratic economists"));
    }

    @Test
    void aSubjectWithAFigureSetOffBeforeTheCueSaysTheClauseAfterIt() {
        List<Quote> quotes = StanceFramesTest.quotesOf(LEAD + "A third of independents, 33%, say they would vote for him in November.");
        assertThat(quotes).anyMatch(q -> q.text().equals("they would vote for him in November") && q.speaker() != null
                && q.speaker().text().equals("A third of independents"));
    }

    @Test
    void aSubjectWithAnAsideBetweenDashesSaysTheClauseAfterTheCue() {
        List<Quote> quotes = StanceFramesTest.quotesOf(LEAD + "Many speakers at the service — including Muslims, Christians and "
                + "Jews — said the loss was painful.");
        assertThat(quotes).anyMatch(q -> q.text().equals("the loss was painful") && q.speaker() != null
                && q.speaker().text().contains("speakers"));
    }

    @Test
    void aPollsShareOfThoseAskedSaysTheClauseAfterTheCue() {
        List<Quote> quotes = StanceFramesTest.quotesOf(LEAD + "More than six in 10 said they were not looking forward to the campaign.");
        assertThat(quotes).anyMatch(q -> q.text().equals("they were not looking forward to the campaign") && q.speaker() != null
                && q.speaker().text().equals("More than six in 10"));
    }

    @Test
    void aLetterWrittenIsTheMediumAndNotWhatWasSaid() {
        // field msv-foxnews-cia-chiefs-holder-probe: "wrote a letter to the president saying ..." read the letter as content
        List<Quote> quotes = StanceFramesTest.quotesOf(LEAD + "The directors wrote a letter to the president saying the cases "
                + "have already been investigated by career prosecutors.");
        assertThat(quotes).noneMatch(q -> q.text().startsWith("a letter"));
        assertThat(quotes).anyMatch(q -> q.text().equals("the cases have already been investigated by career prosecutors"));
    }
}
