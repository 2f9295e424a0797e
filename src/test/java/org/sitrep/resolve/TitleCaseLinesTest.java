package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.core.Span;

class TitleCaseLinesTest {
    @Test
    void findsTheTitleCaseLinesOfATextWhateverSpacesSeparateTheirWords() {
        String headline = "  Russia Says Talks\tWith  Kyiv Are at an End ";
        String sentence = "The minister said the talks with Kyiv were at an end.";
        String particles = "Help Shape the Future of al-Assad's Syria";
        String shouted = "RUSSIA SAYS TALKS ARE OVER";
        String text = headline + "\n" + sentence + "\n" + particles + "\n" + shouted;
        int particlesAt = headline.length() + 1 + sentence.length() + 1;
        assertThat(TitleCaseLines.titleCaseLines(text)).containsExactly(
                new Span(0, headline.length()), new Span(particlesAt, particlesAt + particles.length()));
    }

    @Test
    void countsAWordByWhatComesBeforeItsHyphen() {
        // "al-Assad" is minor by its particle, so only four of the five words need their capital
        String line = "Fighters of al-Assad Took Homs Back";
        assertThat(TitleCaseLines.titleCaseLines(line)).containsExactly(new Span(0, line.length()));
        assertThat(TitleCaseLines.titleCaseLines("fighters of al-Assad took homs back")).isEmpty();
    }
}
