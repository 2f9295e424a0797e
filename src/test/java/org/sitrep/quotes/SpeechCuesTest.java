package org.sitrep.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpeechCuesTest {
    @Test
    void backersAreNamedAsPeopleWhoMaySpeak() { // issue 15: "Some Morsi backers ... — precautions, they said, ..."
        assertThat(SpeechCues.isPeopleNoun("backers")).isTrue();
    }

    @Test
    void assuringTakesItsListenerBeforeWhatWasSaidInEveryForm() {
        assertThat(java.util.List.of("assure", "assuring", "reassure", "reassuring")).allMatch(SpeechCues.TELLING::contains);
    }
}
