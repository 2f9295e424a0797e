package org.sitrep.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.core.Span;
import org.sitrep.core.Speaker;
import org.sitrep.core.SpeakerBasis;

/** Issue 15: speakers on the Wikinews demo corpus that were pieces of a clause, not someone. */
class SpeakerPhraseTest {
    private static final String SENTENCE = "So far the president has not yet conceded, according to police officials.";

    private static Speaker words(String phrase) {
        int begin = SENTENCE.indexOf(phrase);
        return new Speaker(new Span(begin, begin + phrase.length()), phrase, null, null, null,
                SpeakerBasis.LEARNED_LIKELY);
    }

    @Test
    void takesTheSubjectBeforeAFiniteVerbAsTheSpeaker() {
        Speaker s = SpeakerPhrase.checked(words("the president has not yet"));

        assertThat(s.text()).isEqualTo("the president");
        assertThat(s.span()).isEqualTo(new Span(SENTENCE.indexOf("the president"), SENTENCE.indexOf(" has")));
    }

    @Test
    void cutsAccordingToFromTheSourceItIntroduces() {
        assertThat(SpeakerPhrase.checked(words("according to police officials")).text()).isEqualTo("police officials");
    }

    @Test
    void findsNoSpeakerInWordsThatOpenWithAPreposition() {
        assertThat(SpeakerPhrase.checked(words("So far"))).isNull();
    }

    @Test
    void readsACapitalisedModalAsAGivenName() {
        assertThat(SpeakerPhrase.isNounPhrase("Will Rasmussen")).isTrue();
        assertThat(SpeakerPhrase.isNounPhrase("can")).isFalse();
    }
}
