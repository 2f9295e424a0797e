package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Span;

class ActorPhrasesTest {
    private final ActorPhrases phrases = new ActorPhrases();

    private List<String> sides(String sentence) {
        return phrases.in(sentence, new Span(0, sentence.length()), List.of()).stream()
                .map(p -> p.role() + ":" + (p.name() != null ? p.name() : p.country())).toList();
    }

    @Test
    void readsTheIslamicStateByItsShortNamesButNotTheVerbOrWhoseGroundAPlaceIs() {
        assertThat(sides("Rebel fighters killed in IS suicide bomb attack in Daesh-held villages, which is"))
                .containsExactly("UNIDENTIFIED:", "NAMED:Islamic State");
    }

    @Test
    void takesCoalitionStrikesForTheCoalitionsNotTheCountryHit() {
        assertThat(sides("Coalition airstrikes kill 85 civilians")).containsExactly("NAMED:International coalition", "CIVILIANS:");
    }

    @Test
    void takesStrikesForASideOnlyWithAWordSayingWhose() {
        assertThat(sides("US-led strikes kill 20 jihadists; a strike killed 15; Russian raids"))
                .containsExactly("MILITARY:US", "UNIDENTIFIED:", "MILITARY:RU");
    }
}
