package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemonymsTest {
    private final Demonyms demonyms = Demonyms.shared();

    @Test
    void aContinentsAdjectiveStandsForTheContinentAndForNoCountry() {
        assertThat(demonyms.region("European")).hasValue(6255148);
        assertThat(demonyms.country("European")).isEmpty();
        assertThat(demonyms.countriesIn("European leaders met in Rome.")).isEmpty();
    }

    @Test
    void findsNationalityWordsInTheSingularOnly() {
        String text = "Syrian forces and Mexicans met European envoys.";
        assertThat(demonyms.adjectivesIn(text)).extracting(s -> s.of(text)).containsExactly("Syrian", "European");
    }

    @Test
    void takesTheWholeWordWhereAListedWordBeginsALongerOne() {
        String text = "Croatian and Serb troops met Somalians and a Croat.";
        assertThat(demonyms.adjectivesIn(text)).extracting(s -> s.of(text)).containsExactly("Croatian", "Serb", "Croat");
    }

    @Test
    void aNationalityWordInThePluralStillNamesItsCountry() {
        assertThat(demonyms.country("Koreans")).hasValue("KR");
        assertThat(demonyms.country("Maltese")).hasValue("MT");
        assertThat(demonyms.isDemonym("Salvadorans")).isTrue();
        assertThat(demonyms.isDemonym("Salvador")).isFalse();
    }

    @Test
    void aPeoplesWordIsEvidenceOfItsCountryYetNamesItsOwnRegion() {
        assertThat(demonyms.country("Kurdish")).hasValue("IQ");
        assertThat(demonyms.namedPlace("KURDISH")).hasValue(-1000303L);
        assertThat(demonyms.countriesIn("Kurdish forces advanced.")).containsEntry("IQ", 1);
        assertThat(demonyms.namedPlace("Syrian")).isEmpty();
    }

    @Test
    void residentsOfAUsStateStandForTheirState() {
        assertThat(Demonyms.shared().region("Iowans")).hasValue(4862182L);
    }

    @Test
    void aNationalityWordInCapitalsStillNamesItsCountry() {
        assertThat(demonyms.country("KAZAKH")).hasValue("KZ");
        assertThat(demonyms.region("NORTH AFRICAN")).hasValue(7729887L);
        assertThat(demonyms.isDemonym("ERA")).isFalse();
    }

    @Test
    void aNationsShortNounNamesItsCountry() {
        assertThat(demonyms.country("Serbs")).hasValue("RS");
        assertThat(demonyms.country("Croat")).hasValue("HR");
    }

    @Test
    void aRegionsAdjectiveStandsForTheRegion() {
        assertThat(demonyms.region("Sicilian")).hasValue(2523119L);
        assertThat(demonyms.country("Sicilian")).isEmpty();
    }

    @Test
    void aRegionsAdjectiveThatOpensNamesOfBodiesNamesItsRegionOnlyWhereGivenAsAPlace() {
        assertThat(demonyms.region("Western")).hasValue(9408659);
        assertThat(demonyms.adjectivesIn("Western leaders met at the Arab League.")).isEmpty();
        assertThat(demonyms.isDemonym("Arab")).isFalse();
    }
}
