package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.PlaceMention;
import org.sitrep.core.PlaceRole;
import org.sitrep.core.Span;

/** Issue 17: towns named by the region after them in parentheses, which the tagger missed. */
class ContainedPlacesTest {
    private final GeoNamesGazetteer gazetteer = SmallGazetteer.get();
    private final ContainedPlaces contained = new ContainedPlaces(gazetteer);

    @Test
    void findsTheTownNamedBeforeItsRegionInParentheses() {
        String text = "On Monday, in Kobani (Aleppo), shells hit a market.";
        List<PlaceMention> found = contained.find(text, List.of(region(text, "Aleppo")));
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.text()).isEqualTo("Kobani");
            assertThat(p.place().featureCode()).isEqualTo("PPLA2");
            assertThat(p.span()).isEqualTo(new Span(text.indexOf("Kobani"), text.indexOf("Kobani") + 6));
        });
    }

    @Test
    void findsNothingWhereTheNameIsNoPlaceOfThatRegion() {
        String text = "The report by Paris (Aleppo) was read out.";
        assertThat(contained.find(text, List.of(region(text, "Aleppo")))).isEmpty();
    }

    @Test
    void placesAVillageTheGazetteerLacksAtTheTownInParenthesesAfterIt() {
        String text = "Jets struck a house in Jebbayn (Kobani) on Monday.";
        int at = text.indexOf("Kobani");
        PlaceMention kobani = new PlaceMention(new Span(at, at + 6), "Kobani", gazetteer.named("Kobani").get(0),
                PlaceRole.SETTING, 0.9);
        assertThat(contained.find(text, List.of(kobani))).singleElement().satisfies(p -> {
            assertThat(p.text()).isEqualTo("Jebbayn");
            assertThat(p.place().id()).isEqualTo(173999L);
        });
    }

    @Test
    void doesNotPlaceAVillageTheGazetteerLacksAtAWholeGovernorate() {
        String text = "Jets struck a house in Jebbayn (Aleppo) on Monday.";
        assertThat(contained.find(text, List.of(region(text, "Aleppo")))).isEmpty();
    }

    private PlaceMention region(String text, String name) {
        int at = text.indexOf(name);
        return new PlaceMention(new Span(at, at + name.length()), name,
                gazetteer.named(name).stream().filter(p -> p.featureCode().equals("ADM1")).findFirst().orElseThrow(),
                PlaceRole.SETTING, 0.9);
    }

    @Test
    void findsATownOnceThoughTwoRegionsFollowIt() {
        String text = "Clashes in Kobani (Aleppo, Syria) went on.";
        int at = text.indexOf("Syria");
        PlaceMention syria = new PlaceMention(new Span(at, at + 5), "Syria", gazetteer.named("Syria").get(0),
                PlaceRole.SETTING, 0.9);
        assertThat(contained.find(text, List.of(region(text, "Aleppo"), syria))).hasSize(1);
    }
}
