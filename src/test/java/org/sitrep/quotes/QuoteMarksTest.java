package org.sitrep.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Span;

class QuoteMarksTest {
    private static List<String> quoted(String... paragraphs) {
        String text = String.join("\n\n", paragraphs);
        List<Span> spans = new ArrayList<>();
        int at = 0;
        for (String p : paragraphs) {
            spans.add(new Span(at, at + p.length()));
            at += p.length() + 2;
        }
        return QuoteMarks.find(text, spans).stream().map(q -> q.content().of(text)).toList();
    }

    @Test
    void findsQuotesInEveryCommonStyle() {
        assertThat(quoted("“Curly,” he said. \"Straight,\" she said. «Guillemets», il a dit. „German“, sagte er. ‘Single,’ they said."))
                .containsExactly("Curly,", "Straight,", "Guillemets", "German", "Single,");
    }

    @Test
    void closesAStraightOpeningWithACurlyClosing() {
        assertThat(quoted("\"If we agree a freeze, what happens next? We would have another Srebrenica,” a spokesman said."))
                .containsExactly("If we agree a freeze, what happens next? We would have another Srebrenica,");
    }

    @Test
    void keepsNestedQuotesInsideTheOuterQuote() {
        assertThat(quoted("“It has no problem in 'allowing' it to seize the areas,” wrote Dark."))
                .containsExactly("It has no problem in 'allowing' it to seize the areas,");
    }

    @Test
    void keepsCurlyQuotesNestedInAStraightQuote() {
        assertThat(quoted("\"She thinks this is an episode of “Shark Tank.” But it is serious,\" he said."))
                .containsExactly("She thinks this is an episode of “Shark Tank.” But it is serious,");
    }

    @Test
    void startsANewQuoteAtEachTranscriptTurn() {
        assertThat(quoted("\"WALLACE: Will she be there?", "\"PENCE: She will not be attending."))
                .containsExactly("WALLACE: Will she be there?", "PENCE: She will not be attending.");
    }

    @Test
    void closesADoubleQuoteOnTwoClosingSingleMarks() {
        assertThat(quoted("“Israel is deeply concerned,’’ said Jonathan Spyer, a fellow. “It would transform the game.”"))
                .containsExactly("Israel is deeply concerned,", "It would transform the game.");
    }

    @Test
    void doesNotTakeApostrophesForQuotes() {
        assertThat(quoted("Assad’s forces and the regime's bombs reached the Shi'a towns.")).isEmpty();
    }

    @Test
    void continuesAQuoteOverParagraphsWhenTheNextOpensWithAMark() {
        assertThat(quoted("He said: “The first part ends here.", "“The second part closes,” he added."))
                .singleElement().satisfies(q -> assertThat(q).startsWith("The first part").endsWith("second part closes,"));
    }

    @Test
    void endsAnUnclosedQuoteAtItsParagraphWhenTheNextDoesNotContinueIt() {
        assertThat(quoted("He said: “This never closes.", "Next paragraph is narration."))
                .containsExactly("This never closes.");
    }
}
