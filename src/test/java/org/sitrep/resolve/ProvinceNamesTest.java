package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.resolve.TaggedMentions.tagged;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.EntityType;
import org.sitrep.core.LinkedMention;

class ProvinceNamesTest {
    @Test
    void joinsAProvinceNamedWithItsWordToThePlaceOfItsName() {
        String text = "Rebels took towns in Hama Province. Shelling hit Hama overnight.";
        List<LinkedMention> out = ProvinceNames.joined(tagged(text, "Hama Province", EntityType.LOCATION, "Hama", EntityType.LOCATION));
        assertThat(out).extracting(l -> l.entity().name()).containsExactly("Hama", "Hama");
    }

    @Test
    void keepsAProvinceTheArticleNamesOnlyWithItsWord() {
        String text = "Rebels took towns in Daraa Governorate near Damascus.";
        List<LinkedMention> out = ProvinceNames.joined(tagged(text, "Daraa Governorate", EntityType.LOCATION, "Damascus", EntityType.LOCATION));
        assertThat(out).extracting(l -> l.entity().name()).containsExactly("Daraa Governorate", "Damascus");
    }

    @Test
    void leavesABodyNamedAfterAProvinceAlone() {
        String text = "Islamic State Khorasan Province claimed the attack on Khorasan.";
        List<LinkedMention> out = ProvinceNames.joined(tagged(text, "Islamic State Khorasan Province", EntityType.ORGANIZATION,
                "Khorasan", EntityType.LOCATION));
        assertThat(out).extracting(l -> l.entity().name()).containsExactly("Islamic State Khorasan Province", "Khorasan");
    }
}
