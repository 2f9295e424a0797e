package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.PlaceRole;
import org.sitrep.core.Span;

/** Issue 16: a place named by its adjective is found, at its country, and marked as no setting. */
class NationalityPlacesTest {
    private final NationalityPlaces nationalities = new NationalityPlaces(SmallGazetteer.get());

    @Test
    void placesANationalityAdjectiveAtItsCountryAsAnAffiliation() {
        String text = "Syrian forces shelled the town.";
        assertThat(nationalities.find(text, List.of(), null)).singleElement().satisfies(p -> {
            assertThat(p.text()).isEqualTo("Syrian");
            assertThat(p.place().id()).isEqualTo(163843L);
            assertThat(p.role()).isEqualTo(PlaceRole.AFFILIATION);
            assertThat(p.span()).isEqualTo(new Span(0, 6));
        });
    }

    @Test
    void leavesOutAnAdjectiveInsideAPlaceNameFound() {
        String text = "The Syrian Arab Republic said so.";
        assertThat(nationalities.find(text, List.of(new Span(4, 24)), null)).isEmpty();
    }

    @Test
    void leavesOutAPluralWhichNamesPeople() {
        assertThat(nationalities.find("Syrians fled.", List.of(), null)).isEmpty();
    }

    @Test
    void marksAnAdjectiveInACaptionWithItsCaption() {
        assertThat(nationalities.find("A Syrian soldier.", List.of(), 2)).singleElement()
                .satisfies(p -> assertThat(p.caption()).isEqualTo(2));
    }

    @Test
    void leavesOutAnAdjectiveAfterAVerbOfSpeakingOrLearningWhichNamesALanguage() {
        assertThat(nationalities.find("She spoke only Syrian Arabic, then learned Syrian dialects.", List.of(), null)).isEmpty();
    }

    @Test
    void leavesOutAnAdjectiveBeforeANounOfFoodOrStyleOrAVerbOfSaying() {
        String text = "The Syrian restaurant served Syrian food at a Syrian-themed party, Syrian said.";
        assertThat(nationalities.find(text, List.of(), null)).isEmpty();
    }

    @Test
    void keepsAnAdjectiveBeforeAMarketWhichBothCorporaMarkAsAPlace() {
        assertThat(nationalities.find("Exports to the Syrian market fell.", List.of(), null)).hasSize(1);
    }
}
