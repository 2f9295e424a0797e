package org.sitrep.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Annotated;
import org.sitrep.core.Article;
import org.sitrep.core.ContentType;
import org.sitrep.core.Hints;
import org.sitrep.core.Quote;
import org.sitrep.core.RawPage;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.DependencyParses;

/** Reported speech read from a cue word's clausal complement in the dependency parse (issue 15). */
class ClausalFramesTest {
    /** A first paragraph that says nothing, so that the statement under test is no headline's. */
    private static final String LEAD = "The talks in Geneva ended on Friday without a deal.\n\n";

    /** Every reported statement the rules find, none left out by the filter, so the frame is seen alone. */
    private static List<Quote> quotesOf(String body) {
        Article a = new ArticleExtractor().extract(new RawPage("t", body.getBytes(StandardCharsets.UTF_8),
                ContentType.BODY_TEXT, null, Instant.EPOCH, new Hints("Headline", LocalDate.of(2016, 3, 5), null, null)));
        Annotated plain = CoreNlpAnnotator.shared().annotate(a);
        return new QuoteAttributor(null, null).find(plain.withSyntax(DependencyParses.onDemand(plain.sentences(), plain.tokens())));
    }

    private static Quote quoteOf(List<Quote> quotes, String start) {
        return quotes.stream().filter(q -> q.text().startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void aCueWordsComplementClauseWithNoThatIsWhatItsSubjectHolds() {
        Quote q = quoteOf(quotesOf(LEAD + "Farmers in the valley worry the fighting will reach their fields before the harvest."),
                "the fighting");
        assertThat(q.text()).isEqualTo("the fighting will reach their fields before the harvest");
        assertThat(q.speaker().name()).startsWith("Farmers");
    }
}
