package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamedMentionsTest {
    @Test
    void takesCapitalisedWordsAndNameParticlesAsAName() {
        assertThat(NamedMentions.isName("Islamic State of Iraq and the Levant")).isTrue();
        assertThat(NamedMentions.isName("Osama bin Laden")).isTrue();
        assertThat(NamedMentions.isName("Arnel dela Vega")).isTrue();
        assertThat(NamedMentions.isName("al-Qaeda")).isTrue();
        assertThat(NamedMentions.isName("IDF")).isTrue();
    }

    @Test
    void takesAWordInLowerCaseAsADescriptionOrPronoun() {
        assertThat(NamedMentions.isName("Israeli forces")).isFalse();
        assertThat(NamedMentions.isName("the Syrian president")).isFalse();
        assertThat(NamedMentions.isName("Obama administration")).isFalse();
        assertThat(NamedMentions.isName("he")).isFalse();
    }
}
