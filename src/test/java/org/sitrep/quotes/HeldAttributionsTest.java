package org.sitrep.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.core.Span;

/** Issue 15: a report whose content ran over the attribution of the words it holds was told twice. */
class HeldAttributionsTest {
    private static final String SENTENCE = "Australia promised to urgently take them, an official said Wednesday.";

    private static Span of(String words) {
        int begin = SENTENCE.indexOf(words);
        return new Span(begin, begin + words.length());
    }

    private static Attribution by(String speaker, String cue) {
        return new Attribution(new SpeakerRef(of(speaker), speaker, null, false), of(cue), cue);
    }

    @Test
    void holdsTheWordsItOpensWithWhenTheirAttributionFollowsThemInside() {
        assertThat(HeldAttributions.holds(of("urgently take them, an official said Wednesday"), of("urgently take them"),
                by("an official", "said"))).isTrue();
    }

    @Test
    void doesNotHoldAStatementWhoseAttributionStandsOutsideIt() {
        assertThat(HeldAttributions.holds(of("urgently take them"), of("urgently take them"),
                by("an official", "said"))).isFalse();
    }

    @Test
    void doesNotHoldAStatementWhoseSpeakerPrecedesItsWords() {
        assertThat(HeldAttributions.holds(of("Australia promised to urgently take them"), of("to urgently take them"),
                by("Australia", "promised"))).isFalse();
    }
}
