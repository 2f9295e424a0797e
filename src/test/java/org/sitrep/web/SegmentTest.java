package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.core.AttributedQuote;
import org.sitrep.core.Quote;
import org.sitrep.core.QuoteKind;
import org.sitrep.core.Span;

class SegmentTest {
    private static final String TEXT = "Doucet noted that the opposition has \u201clong eyed Aleppo as a staging post.\u201d Then more.";

    private static AttributedQuote statement(String words, QuoteKind kind) {
        int at = TEXT.indexOf(words);
        return new AttributedQuote(new Quote(new Span(at, at + words.length()), words, kind, null, null, null, null, null), null);
    }

    /** Each segment as "kind:words" ("-" outside statements), with "*" after the kind of an anchoring one. */
    private static String shown(List<Segment> segments) {
        return segments.stream().map(s -> (s.quote() == null ? "-" : s.quote().kind() + (s.anchor() ? "*" : "")) + ":"
                + s.runs().stream().map(TextRun::text).collect(Collectors.joining())).collect(Collectors.joining(" | "));
    }

    @Test
    void aPartialQuoteInsideAReportedStatementShowsAsItselfBetweenTwoStretchesOfTheStatement() {
        AttributedQuote reported = statement("the opposition has \u201clong eyed Aleppo as a staging post", QuoteKind.REPORTED);
        AttributedQuote partial = statement("long eyed Aleppo", QuoteKind.PARTIAL);
        List<Segment> segments = Segment.of(TEXT, new Span(0, TEXT.length()), List.of(), List.of(reported, partial));
        assertThat(shown(segments)).isEqualTo("-:Doucet noted that  | reported*:the opposition has \u201c | partial*:long eyed Aleppo"
                + " | reported: as a staging post | -:.\u201d Then more.");
    }

    @Test
    void aStatementRunningIntoTheNextParagraphAnchorsOnlyWhereItBegins() {
        AttributedQuote reported = statement("the opposition has \u201clong eyed Aleppo as a staging post", QuoteKind.REPORTED);
        int cut = TEXT.indexOf("Aleppo");
        List<Segment> first = Segment.of(TEXT, new Span(0, cut), List.of(), List.of(reported));
        List<Segment> second = Segment.of(TEXT, new Span(cut, TEXT.length()), List.of(), List.of(reported));
        assertThat(shown(first)).isEqualTo("-:Doucet noted that  | reported*:the opposition has \u201clong eyed ");
        assertThat(shown(second)).isEqualTo("reported:Aleppo as a staging post | -:.\u201d Then more.");
    }
}
