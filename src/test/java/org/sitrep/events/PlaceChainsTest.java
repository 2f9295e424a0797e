package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Place;
import org.sitrep.core.PlaceMention;
import org.sitrep.core.PlaceRole;
import org.sitrep.core.Span;

class PlaceChainsTest {
    private static final Place BOHDANIVKA_MYKOLAIV = new Place(711938, "Bohdanivka", 47.82, 31.13, 'P', "PPL", "UA", "16", "4804", 1839);
    private static final Place DONETSK_OBLAST = new Place(709716, "Donetsk", 48.15, 37.79, 'A', "ADM1", "UA", "05", "", 0);
    private static final Place DONETSK_CITY = new Place(709717, "Donetsk", 48.02, 37.8, 'P', "PPLA", "UA", "05", "1408", 988000);
    private static final Place DONETSK_RUSSIA = new Place(565348, "Donetsk", 48.34, 39.95, 'P', "PPL", "RU", "61", "", 50000);
    private static final Place SAINT_HUBERT_QUEBEC = new Place(6138501, "Saint-Hubert", 45.5, -73.42, 'P', "PPL", "CA", "10", "", 80000);
    private static final Place SAINT_HUBERT_BELGIUM = new Place(2787407, "Saint-Hubert", 50.03, 5.37, 'P', "PPL", "BE", "WAL", "WLX", 5538);
    private static final Place WALLONIA = new Place(3337387, "Wallonia", 50.5, 4.8, 'A', "ADM1", "BE", "WAL", "", 0);
    private static final Place LUXEMBOURG_PROVINCE = new Place(2791993, "Luxembourg", 49.95, 5.5, 'A', "ADM2", "BE", "WAL", "WLX", 0);
    private static final Place LUXEMBOURG = new Place(2960313, "Luxembourg", 49.75, 6.17, 'A', "PCLI", "LU", "", "", 600000);
    private static final Place HOMS = new Place(169577, "Homs", 34.73, 36.72, 'P', "PPLA", "SY", "11", "", 775000);
    private static final Place HAMA = new Place(170017, "Hama", 35.13, 36.75, 'P', "PPLA", "SY", "10", "", 460000);

    private static final Place FRANCISCO_MORAZAN = new Place(3609672, "Francisco Morazán Department", 14.25, -87.25, 'A', "ADM1", "HN", "08", "", 0);

    private static final Place SHIMOGA_DISTRICT = new Place(1256524, "Shimoga", 13.98, 75.3, 'A', "ADM2", "IN", "19", "568", 611717);
    private static final Place SHIMOGA_CITY = new Place(1256525, "Shimoga", 13.93, 75.57, 'P', "PPL", "IN", "19", "568", 319550);
    private static final Place KARNATAKA = new Place(1267701, "Karnataka", 13.5, 76.0, 'A', "ADM1", "IN", "19", "", 0);

    private static final Map<String, List<Place>> NAMES = Map.of(
            "Bohdanivka", List.of(BOHDANIVKA_MYKOLAIV),
            "Donetsk", List.of(DONETSK_OBLAST, DONETSK_CITY, DONETSK_RUSSIA),
            "Saint-Hubert", List.of(SAINT_HUBERT_QUEBEC, SAINT_HUBERT_BELGIUM),
            "Wallonie", List.of(WALLONIA),
            "Luxembourg", List.of(LUXEMBOURG, LUXEMBOURG_PROVINCE),
            "Homs", List.of(HOMS),
            "Francisco Morazan", List.of(FRANCISCO_MORAZAN),
            "Hama", List.of(HAMA),
            "Shimoga", List.of(SHIMOGA_DISTRICT, SHIMOGA_CITY),
            "Karnataka", List.of(KARNATAKA));

    private static final Place BENT_JBAIL = new Place(276781, "Bent Jbaïl", 33.12, 35.43, 'P', "PPLA2", "LB", "07", "", 0);
    private static final Place BREMEN = new Place(2944388, "Bremen", 53.08, 8.81, 'P', "PPLA", "DE", "03", "", 546501);
    private static final Map<String, List<Place>> LOOSELY = Map.of(
            "Bint Jbeil", List.of(BENT_JBAIL),
            "Broummana", List.of(BREMEN));

    private final PlaceChains chains = new PlaceChains(name -> NAMES.getOrDefault(name, List.of()),
            name -> LOOSELY.getOrDefault(name, List.of()));

    private static PlaceMention named(String text, String name, Place place) {
        int at = text.indexOf(name);
        return new PlaceMention(new Span(at, at + name.length()), name, place, PlaceRole.SETTING, 0.9);
    }

    @Test
    void aVillageReadOutsideTheRegionNamedAfterItGivesWayToThatRegion() {
        // issue 17: ACLED's "Bohdanivka, Donetsk" is a village the gazetteer lacks, not the namesake in Mykolaiv
        String text = "Russian military forces shelled Bohdanivka, Donetsk.";
        PlaceMention chosen = named(text, "Bohdanivka", BOHDANIVKA_MYKOLAIV);
        var read = chains.reread(text, new Span(0, text.length()), chosen,
                List.of(chosen, named(text, "Donetsk", DONETSK_RUSSIA)));
        assertThat(read).get().extracting(PlaceMention::place).isEqualTo(DONETSK_OBLAST);
    }

    @Test
    void theRegionsNamedAfterATownSayWhichOfItsNamesakesItIs() {
        String text = "Students protested in Saint-Hubert (Wallonie, Luxembourg) for the climate.";
        PlaceMention chosen = named(text, "Luxembourg", LUXEMBOURG);
        var read = chains.reread(text, new Span(0, text.length()), chosen, List.of(chosen));
        assertThat(read).get().extracting(PlaceMention::place).isEqualTo(SAINT_HUBERT_BELGIUM);
    }

    @Test
    void aListOfPlacesIsNoChain() {
        String text = "Regime forces shelled Homs, Hama and Idlib.";
        PlaceMention chosen = named(text, "Homs", HOMS);
        assertThat(chains.reread(text, new Span(0, text.length()), chosen, List.of(chosen))).isEmpty();
    }

    @Test
    void aSentenceThePlacesStagePlacedNowhereIsPlacedAtTheRegionItsChainNames() {
        String text = "In Comayaguela, Francisco Morazan, trade union members protested.";
        var read = chains.first(text, new Span(0, text.length()), List.of());
        assertThat(read).get().extracting(PlaceMention::place).isEqualTo(FRANCISCO_MORAZAN);
    }

    @Test
    void aSentenceThePlacesStagePlacedNowhereIsPlacedAtATownSpeltNearlyAsTheGazetteerSpellsIt() {
        // issue 17: ACLED's "Qouzah (Bint Jbeil)", a village the gazetteer lacks in the town GeoNames spells Bent Jbaïl
        String text = "Israeli forces fired a missile towards the forests of Qouzah (Bint Jbeil).";
        var read = chains.first(text, new Span(0, text.length()), List.of());
        assertThat(read).get().extracting(PlaceMention::place).isEqualTo(BENT_JBAIL);
    }

    @Test
    void aTownThatOnlySharesItsConsonantsWithTheNameIsNotTaken() {
        String text = "Depositors held a protest outside the police station in Qornet (Broummana).";
        assertThat(chains.first(text, new Span(0, text.length()), List.of())).isEmpty();
    }

    @Test
    void aNameCalledACityIsNoRegionOfThatName() {
        String text = "Lawyers staged a protest in Shimoga city (Shivamogga, Karnataka).";
        PlaceMention chosen = named(text, "Shimoga", SHIMOGA_DISTRICT);
        var read = chains.reread(text, new Span(0, text.length()), chosen, List.of(chosen));
        assertThat(read).get().extracting(PlaceMention::place).isEqualTo(SHIMOGA_CITY);
    }

    @Test
    void readsNamesWithApostrophesAndInitialsWholeInAChain() {
        String text = "Fighters attacked N'Djamena, Chad and then a post in Ras al-Ain (Hasakah) near the U.S. base.";
        List<? extends List<?>> chains = PlaceChains.chains(text, new Span(0, text.length()));
        assertThat(chains).hasSize(2);
        assertThat(String.valueOf(chains.get(0))).contains("name=N'Djamena,").contains("name=Chad,");
        assertThat(String.valueOf(chains.get(1))).contains("name=Ras al-Ain,").contains("name=Hasakah,");
    }
}
