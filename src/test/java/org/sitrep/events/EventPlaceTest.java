package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Place;
import org.sitrep.core.PlaceMention;
import org.sitrep.core.PlaceRole;
import org.sitrep.core.Span;

class EventPlaceTest {
    private static PlaceMention named(String text, String name, Place place) {
        int at = text.indexOf(name);
        return new PlaceMention(new Span(at, at + name.length()), name, place, PlaceRole.SETTING, 0.9);
    }

    /** The name of the place EventPlace chooses for an event told by the whole text, null when it chooses none. */
    private static String chosenIn(String text, PlaceMention... places) {
        return EventPlace.of(text, new Span(0, text.length()), null, List.of(places)).map(c -> c.mention().text()).orElse(null);
    }

    @Test
    void anAttackIsWhereItLandsNotWhereItWasFiredFrom() {
        // issue 17: ACLED codes the interception at Ashdod, not at Gaza
        String text = "Hamas fired rockets from Gaza toward Israel, causing sirens to sound in Ashdod.";
        Place gaza = new Place(281133, "Gaza", 31.5, 34.47, 'P', "PPLA", "PS", "", "", 410000);
        Place ashdod = new Place(295629, "Ashdod", 31.79, 34.65, 'P', "PPL", "IL", "", "", 224656);
        assertThat(chosenIn(text, named(text, "Gaza", gaza), named(text, "Ashdod", ashdod))).isEqualTo("Ashdod");
    }

    @Test
    void aPlaceNamedOnlyAsWhereSomethingCameFromIsStillThePlace() {
        String text = "Hamas fired rockets from Gaza on Monday.";
        Place gaza = new Place(281133, "Gaza", 31.5, 34.47, 'P', "PPLA", "PS", "", "", 410000);
        assertThat(chosenIn(text, named(text, "Gaza", gaza))).isEqualTo("Gaza");
    }

    @Test
    void aTownResolvedOutsideTheRegionItsSentenceNamesGivesWayToOneInside() {
        // issue 17: a street or quarter the gazetteer takes for a town elsewhere must not move the event out of Lagos
        String text = "Residents protested at the Government House, Alausa, Ikeja (Ikeja, Lagos), over their land.";
        Place ilesa = new Place(2338385, "Ilesa", 7.63, 4.74, 'P', "PPLA2", "NG", "42", "", 277904);
        Place ikeja = new Place(2338313, "Ikeja", 6.6, 3.34, 'P', "PPLA", "NG", "05", "25011", 313196);
        Place lagos = new Place(2332453, "Lagos", 6.5, 3.58, 'A', "ADM1", "NG", "05", "", 0);
        assertThat(chosenIn(text, named(text, "Alausa", ilesa), named(text, "Ikeja", ikeja), named(text, "Lagos", lagos)))
                .isEqualTo("Ikeja");
    }

    @Test
    void aPlaceReadInAnotherCountryThanThePlaceHoldingItGivesWayToTheHolder() {
        // issue 17: a Donetsk village the gazetteer lacks is not the American state of the same name
        String text = "Russian military forces shelled New York, Donetsk.";
        Place state = new Place(5128638, "New York", 43.0, -75.5, 'A', "ADM1", "US", "NY", "", 19274244);
        Place donetsk = new Place(709717, "Donetsk", 48.02, 37.8, 'P', "PPLA", "UA", "05", "", 988000);
        assertThat(chosenIn(text, named(text, "New York", state), named(text, "Donetsk", donetsk))).isEqualTo("Donetsk");
    }

    @Test
    void aTownIsKeptWhenNoTownLiesInTheRegionsItsSentenceNames() {
        String text = "Gunmen attacked a convoy near Sarmin, far from Aleppo province.";
        Place sarmin = new Place(163345, "Sarmin", 35.9, 36.72, 'P', "PPL", "SY", "10", "", 14530);
        Place aleppo = new Place(170062, "Aleppo", 36.2, 37.6, 'A', "ADM1", "SY", "09", "", 0);
        assertThat(chosenIn(text, named(text, "Sarmin", sarmin), named(text, "Aleppo", aleppo))).isEqualTo("Sarmin");
    }

    @Test
    void aTownNamedWithItsCountrysideNamesItsRegion() {
        // ACLED SYR121465: a junction read as a namesake 280 km away is not where the killing between Nawa and
        // Sheikh Miskine in Dara countryside happened
        String text = "Regime forces opened fire after the explosion at Al Hamra junction, killing a man in farmlands "
                + "between Nawa and Sheikh Miskine towns in Dara countryside.";
        Place hamra = new Place(173334, "Al Hamra", 35.3, 37.09, 'P', "PPLA3", "SY", "10", "", 0);
        Place nawa = new Place(165572, "Nawa", 32.89, 36.04, 'P', "PPLA3", "SY", "06", "", 0);
        Place daraa = new Place(170903, "Daraa", 32.62, 36.1, 'P', "PPLA", "SY", "06", "", 97969);
        assertThat(chosenIn(text, named(text, "Al Hamra", hamra), named(text, "Nawa", nawa), named(text, "Dara", daraa))).isEqualTo("Nawa");
    }

    @Test
    void prefersATownNamedAsItselfToATownNamedForItsCountryside() {
        String text = "Gunmen detained a man in northern Ar Raqqa countryside near Ein Issa.";
        Place raqqa = new Place(172955, "Ar Raqqah", 35.95, 39.01, 'P', "PPLA", "SY", "04", "", 177636);
        Place einIssa = new Place(172134, "Ayn Isa", 36.39, 38.86, 'P', "PPLA3", "SY", "04", "", 0);
        assertThat(chosenIn(text, named(text, "Raqqa", raqqa), named(text, "Ein Issa", einIssa))).isEqualTo("Ein Issa");
    }

    @Test
    void aPlaceNamedOnlyInABodysNameGivesWayToWhereTheIncidentHappened() {
        // ACLED dev: the strikers of a regional paper picketed in Dijon, not in the paper's department
        String text = "Around 40 striking Le Progres and Journal de Saone-et-Loire employees gathered for a picket line "
                + "in Dijon (Bourgogne-Franche-Comte).";
        Place saone = new Place(2976082, "Saone-et-Loire", 46.64, 4.54, 'A', "ADM2", "FR", "27", "71", 0);
        Place dijon = new Place(3021372, "Dijon", 47.32, 5.04, 'P', "PPLA", "FR", "27", "21", 151212);
        assertThat(chosenIn(text, named(text, "Saone-et-Loire", saone), named(text, "Dijon", dijon))).isEqualTo("Dijon");
    }

    @Test
    void aPlaceCalledAProvinceOfItsNameIsNoBodysName() {
        String text = "Gunmen killed a man in the Province of Idlib, said a monitor in Aleppo.";
        Place idlib = new Place(169388, "Idlib", 35.93, 36.63, 'P', "PPLA", "SY", "10", "", 128840);
        Place aleppo = new Place(170063, "Aleppo", 36.2, 37.16, 'P', "PPLA", "SY", "09", "", 1602264);
        assertThat(chosenIn(text, named(text, "Idlib", idlib), named(text, "Aleppo", aleppo))).isEqualTo("Idlib");
    }
}
