package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.sitrep.core.EntityType;
import org.sitrep.core.Mention;
import org.sitrep.core.Span;

/** A known place after an adjective of direction is named by its own name (issue 15). */
class RegionNamesTest {
    private static final Predicate<String> KNOWN = Set.of("Syria", "Ireland", "Eastern Ghouta", "Ghouta")::contains;
    private static final Predicate<String> SETTLED = Set.of("Northern Ireland")::contains;

    private static Mention place(String text, String name) {
        int b = text.indexOf(name);
        return new Mention(new Span(b, b + name.length()), name, EntityType.LOCATION);
    }

    @Test
    void namesTheKnownPlaceAfterAnAdjectiveOfDirection() {
        String text = "Raqqa, the capital of ISIS in Northern Syria.";
        Mention m = RegionNames.trimmed(place(text, "Northern Syria"), KNOWN, SETTLED);
        assertThat(m.text()).isEqualTo("Syria");
        assertThat(m.span().of(text)).isEqualTo("Syria");
    }

    @Test
    void keepsAWholeThatIsAPlaceOfItsOwnName() {
        assertThat(RegionNames.trimmed(place("Belfast, Northern Ireland.", "Northern Ireland"), KNOWN, SETTLED).text())
                .isEqualTo("Northern Ireland");
        assertThat(RegionNames.trimmed(place("Shells hit Eastern Ghouta.", "Eastern Ghouta"), KNOWN, SETTLED).text())
                .isEqualTo("Eastern Ghouta");
    }

    @Test
    void keepsAPlaceTheKnowledgeBaseDoesNotKnowWithoutTheAdjective() {
        assertThat(RegionNames.trimmed(place("Floods in Western Cape.", "Western Cape"), KNOWN, SETTLED).text())
                .isEqualTo("Western Cape");
    }
}
