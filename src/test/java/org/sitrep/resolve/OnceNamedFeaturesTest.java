package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.EntityType;
import org.sitrep.core.LinkedMention;

/** The general features of a name used once, which the learned keep-or-drop weighs beside the rules' cue words. */
class OnceNamedFeaturesTest {
    private static List<String> features(String text, Object... nameAndType) {
        List<LinkedMention> linked = TaggedMentions.tagged(text, nameAndType);
        return OnceNamedFeatures.of(text, linked.get(0), linked);
    }

    @Test
    void namesTheShapeOfAnAcronymPlainlyAndWithTheTaggersType() {
        assertThat(features("Officials of the SRAP said so.", "SRAP", EntityType.ORGANIZATION))
                .contains("type=ORGANIZATION", "all-capitals", "ORGANIZATION:all-capitals", "words=1");
    }

    @Test
    void marksANameOnALineWithoutFinalPunctuation() {
        String text = "Read more about Libra\nThe war went on.";
        assertThat(features(text, "Libra", EntityType.PERSON)).contains("line-unpunctuated", "line-short");
    }

    @Test
    void namesALowerCaseWordBeforeTheName() {
        String text = "The rebels said the vessel Libra left port at dawn after a long wait in the harbour of the town.";
        assertThat(features(text, "Libra", EntityType.PERSON)).contains("before=vessel");
    }

    @Test
    void marksANameTheTextRepeatsWhereTheTaggerSawNone() {
        String text = "Duqu spread fast. Experts said Duqu was new.";
        assertThat(features(text, "Duqu", EntityType.PERSON)).contains("text-repeats-name");
    }
}
