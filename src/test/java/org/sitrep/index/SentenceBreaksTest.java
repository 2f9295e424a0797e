package org.sitrep.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceBreaksTest {
    private static List<String> sentences(String text) {
        BreakIterator breaks = new SentenceBreaks();
        breaks.setText(text);
        List<String> out = new ArrayList<>();
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            out.add(text.substring(start, end));
        }
        return out;
    }

    @Test
    void splitsAfterEndingMarksClosingQuotesAndLineBreaks() {
        assertThat(sentences("Rebels took the town. \"We hold it,\" he said. Was it true?\nNo one knows… Next."))
                .containsExactly("Rebels took the town. ", "\"We hold it,\" he said. ", "Was it true?\n", "No one knows… ",
                        "Next.");
        assertThat(sentences("He said \"it is over.\" Then he left.")).containsExactly("He said \"it is over.\" ", "Then he left.");
    }

    @Test
    void keepsAbbreviationsAndNumbersBeforeLowerCaseInOneSentence() {
        assertThat(sentences("The U.S. envoy arrived at 3 p.m. on Monday. It was 2.5 km away."))
                .containsExactly("The U.S. envoy arrived at 3 p.m. on Monday. ", "It was 2.5 km away.");
    }

    @Test
    void findsTheSentenceAroundAnOffsetTheWayTheHighlighterAsks() {
        String text = "First one. Second one here. Third.";
        BreakIterator breaks = new SentenceBreaks();
        breaks.setText(text);
        int inSecond = text.indexOf("here");
        assertThat(breaks.preceding(inSecond)).isEqualTo(text.indexOf("Second"));
        assertThat(breaks.following(inSecond)).isEqualTo(text.indexOf("Third"));
        assertThat(breaks.following(text.length() - 1)).isEqualTo(text.length());
        assertThat(breaks.preceding(3)).isZero();
        assertThat(breaks.preceding(0)).isEqualTo(BreakIterator.DONE);
        assertThat(breaks.following(text.length())).isEqualTo(BreakIterator.DONE);
    }

    @Test
    void keepsCarriageReturnAndLineFeedTogether() {
        assertThat(sentences("One line\r\nTwo")).containsExactly("One line\r\n", "Two");
    }
}
