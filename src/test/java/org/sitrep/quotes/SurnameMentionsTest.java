package org.sitrep.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.EntityType;
import org.sitrep.core.Mention;
import org.sitrep.core.Span;

class SurnameMentionsTest {
    private static Mention person(int begin, String name) {
        return new Mention(new Span(begin, begin + name.length()), name, EntityType.PERSON);
    }

    private final SurnameMentions mentions = new SurnameMentions(List.of(person(0, "John Kerry"), person(40, "Lavrov"),
            person(80, "Kerry"), person(120, "Sergei Lavrov"), person(160, "KERRY")));

    @Test
    void countsMentionsEndingWithTheSurnameInAnyCaseBeforeTheOffset() {
        assertThat(mentions.before("kerry", 81)).isEqualTo(2);
        assertThat(mentions.before("kerry", 500)).isEqualTo(3);
    }

    @Test
    void leavesOutTheMentionBeginningAtTheOffset() {
        assertThat(mentions.before("kerry", 80)).isEqualTo(1);
        assertThat(mentions.before("lavrov", 0)).isZero();
    }

    @Test
    void countsNothingForASurnameNoMentionHas() {
        assertThat(mentions.before("putin", 500)).isZero();
    }

    @Test
    void stopsAtTheFirstMentionBeginningAtOrAfterTheOffsetWhenMentionsAreOutOfOrder() {
        SurnameMentions unordered = new SurnameMentions(List.of(person(0, "Kerry"), person(100, "Lavrov"), person(20, "Kerry")));
        assertThat(unordered.before("kerry", 50)).isEqualTo(1);
    }
}
