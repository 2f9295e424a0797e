package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.core.Entity;
import org.sitrep.core.EntityType;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Mention;
import org.sitrep.core.Span;

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

    @Test
    void takesAPronounOpeningASentenceForNoName() {
        assertThat(NamedMentions.isName("He")).isFalse();
        assertThat(NamedMentions.isName("She")).isFalse();
    }

    @Test
    void takesANameFusedByAHyphenToAnotherWordAsAModifierNotAName() {
        String text = "US-backed militias and anti-Israel groups met at Nuremberg-style rallies after the Paris-Dakar race.";
        assertThat(NamedMentions.isName(at(text, "US"), text)).isFalse();
        assertThat(NamedMentions.isName(at(text, "Israel"), text)).isFalse();
        assertThat(NamedMentions.isName(at(text, "Nuremberg"), text)).isFalse();
        assertThat(NamedMentions.isName(at(text, "Paris"), text)).isFalse();
        assertThat(NamedMentions.isName(at(text, "Dakar"), text)).isFalse();
    }

    @Test
    void keepsANameWhoseHyphenJoinsAParticleOrNothing() {
        String text = "Prime Minister Ibrahim al-Jaafari met Abu-Bakr in Baghdad - the capital.";
        assertThat(NamedMentions.isName(at(text, "Jaafari"), text)).isTrue();
        assertThat(NamedMentions.isName(at(text, "Bakr"), text)).isTrue();
        assertThat(NamedMentions.isName(at(text, "Baghdad"), text)).isTrue();
    }

    @Test
    void takesAPersonsMentionOpeningWithTheForTheOfficeNotAName() {
        String text = "The Prime Minister met the Supreme Leader of Iran at the Pentagon.";
        assertThat(NamedMentions.isName(at(text, "The Prime Minister", EntityType.PERSON), text)).isFalse();
        assertThat(NamedMentions.isName(at(text, "the Supreme Leader of Iran", EntityType.PERSON), text)).isFalse();
        assertThat(NamedMentions.isName(at(text, "the Pentagon", EntityType.ORGANIZATION), text)).isTrue();
    }

    private static LinkedMention at(String text, String name) {
        return at(text, name, EntityType.LOCATION);
    }

    private static LinkedMention at(String text, String name, EntityType type) {
        int b = text.indexOf(name);
        return new LinkedMention(new Mention(new Span(b, b + name.length()), name, type),
                new Entity("x", name, type, null));
    }
}
