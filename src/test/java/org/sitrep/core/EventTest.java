package org.sitrep.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventTest {
    private static final Article ARTICLE = new Article(null, "Strike", List.of(), null, null, null,
            List.of("Smoke over Homs on Tuesday."), List.of("Jets struck Homs on Monday."), "en");

    private static Event at(Span evidence, Integer caption) {
        return new Event(SubEventType.AIR_DRONE_STRIKE, new EventActor("Military Forces of Syria (2000-2024)", null), null,
                null, 0, null, null, evidence, caption, false, null, 0.9);
    }

    @Test
    void evidenceIsReadInTheTextOrInItsCaption() {
        assertThat(at(new Span(8, 24), null).evidenceIn(ARTICLE)).isEqualTo("Jets struck Homs");
        assertThat(at(new Span(0, 15), 0).evidenceIn(ARTICLE)).isEqualTo("Smoke over Homs");
    }

    @Test
    void evidencePastTheEndOfItsTextIsCutToIt() {
        assertThat(at(new Span(8, 500), null).evidenceIn(ARTICLE)).isEqualTo("Jets struck Homs on Monday.");
        assertThat(at(new Span(0, 5), 3).evidenceIn(ARTICLE)).isEmpty();
    }
}
