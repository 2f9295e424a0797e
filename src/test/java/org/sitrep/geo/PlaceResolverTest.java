package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Place;
import org.sitrep.core.Span;

class PlaceResolverTest {
    private final PlaceResolver resolver = new PlaceResolver(SmallGazetteer.get());

    private List<PlaceResolver.Resolution> resolve(String text, String... names) {
        return resolver.resolve(text, spans(text, names));
    }

    /** Each name's span, the first after the one before. */
    private static List<Span> spans(String text, String... names) {
        List<Span> spans = new ArrayList<>();
        int from = 0;
        for (String n : names) {
            int at = text.indexOf(n, from);
            spans.add(new Span(at, at + n.length()));
            from = at + n.length();
        }
        return spans;
    }

    @Test
    void aRegionsNameIsNotTakenForAVillageInAStateTheArticleNames() {
        var shipped = new PlaceResolver(GeoNamesGazetteer.shared());
        String text = "Lawmakers in Washington passed the farm bill. Growers in Atlanta, Georgia, and Macon, Georgia, welcomed it.";
        var r = shipped.resolve(text, spans(text, "Washington", "Atlanta", "Georgia", "Macon", "Georgia"));
        assertThat(r.get(0).place().admin1()).isNotEqualTo("GA");
    }

    @Test
    void aHamletKnownOnlyByItsZipCodeIsFoundInAStateTheArticleIsAbout() {
        var shipped = new PlaceResolver(GeoNamesGazetteer.shared());
        String text = "A crash near Lanexa closed a road in New Kent County, Virginia.";
        var r = shipped.resolve(text, spans(text, "Lanexa", "New Kent County", "Virginia"));
        assertThat(r.get(0).place()).extracting(Place::country, Place::admin1, Place::featureCode).containsExactly("US", "VA", "PPLL");
    }

    @Test
    void aHamletKnownOnlyByItsZipCodeIsNotTakenInAnArticleAboutElsewhere() {
        var shipped = new PlaceResolver(GeoNamesGazetteer.shared());
        String text = "Fans gathered at Lanexa before the match in Madrid, Spain.";
        assertThat(shipped.resolve(text, spans(text, "Lanexa", "Madrid", "Spain")).get(0).place()).isNull();
    }

    @Test
    void anArticleGivingAmountsInDollarsPrefersTheAmericanNamesake() {
        var shipped = new PlaceResolver(GeoNamesGazetteer.shared());
        String text = "Mansfield OKs refinancing. The council authorized the refinancing of $10.3 million of city debt.";
        assertThat(shipped.resolve(text, spans(text, "Mansfield")).get(0).place().country()).isEqualTo("US");
    }

    @Test
    void aDatelineNamesTheCityThroughoutTheArticle() {
        var shipped = new PlaceResolver(GeoNamesGazetteer.shared());
        String text = "NEW YORK (AP) \u2014 Police were called on Tuesday.\nThe New York Police Department said a man was held.";
        var r = shipped.resolve(text, spans(text, "NEW YORK", "New York"));
        assertThat(r).extracting(x -> x.place().featureClass()).containsExactly('P', 'P');
    }

    @Test
    void aNameInCapitalsInsideASentenceIsNoDateline() {
        var shipped = new PlaceResolver(GeoNamesGazetteer.shared());
        String text = "Voters in NEW YORK (the state) went to the polls.";
        assertThat(shipped.resolve(text, spans(text, "NEW YORK")).get(0).place().isRegion()).isTrue();
    }

    @Test
    void aLocalPapersHomeRegionPrefersTheNamesakeThere() {
        var shipped = new PlaceResolver(GeoNamesGazetteer.shared());
        String text = "Athens man charged. Police in Athens arrested a man on Tuesday after a chase.";
        var spans = spans(text, "Athens", "Athens");
        assertThat(shipped.resolve(text, spans, "US").get(0).place().admin1()).isNotEqualTo("TN");
        var home = new OutletRegions(java.util.Map.of("US.TN", 1.0));
        assertThat(shipped.resolve(text, spans, null, home).get(0).place())
                .extracting(Place::country, Place::admin1).containsExactly("US", "TN");
    }

    @Test
    void anOutletsCountryCodeDomainPrefersItsCountrysNamesake() {
        var shipped = new PlaceResolver(GeoNamesGazetteer.shared());
        String text = "Council approves budget. London council voted on Tuesday to raise the levy by 2 per cent.";
        var spans = spans(text, "London");
        assertThat(shipped.resolve(text, spans).get(0).place().country()).isEqualTo("GB");
        assertThat(shipped.resolve(text, spans, "CA").get(0).place().country()).isEqualTo("CA");
    }

    @Test
    void weighsANameForTheRankerWithTheOutletsCountryAsResolvingDoes() {
        var shipped = new PlaceResolver(GeoNamesGazetteer.shared());
        String text = "Council approves budget. London council voted on Tuesday to raise the levy by 2 per cent.";
        var weighed = shipped.weigh(text, spans(text, "London"), "CA").get(0);
        assertThat(weighed.facts().get(weighed.hand()).place().country()).isEqualTo("CA");
        var unknownOutlet = shipped.weigh(text, spans(text, "London")).get(0);
        assertThat(unknownOutlet.facts().get(unknownOutlet.hand()).place().country()).isEqualTo("GB");
    }

    @Test
    void aDistrictSeatWithoutAPopulationIsFoundByATransliteration() {
        var shipped = new PlaceResolver(GeoNamesGazetteer.shared());
        String text = "Turkey shelled Qamishli and other towns along the Syrian border.";
        var r = shipped.resolve(text, spans(text, "Turkey", "Qamishli"));
        assertThat(r.get(1).place().id()).isEqualTo(173377L);
    }

    @Test
    void namesListedBeforeThePluralOfARegionKindAreRegionsOfThatKind() {
        var shipped = new PlaceResolver(GeoNamesGazetteer.shared());
        String text = "Contestants who live in Butler, Clark, Hamilton or Warren counties, Ohio, may enter.";
        var r = shipped.resolve(text, spans(text, "Butler", "Clark", "Hamilton", "Warren", "Ohio"));
        assertThat(r.subList(0, 4)).extracting(x -> x.place().featureCode() + " " + x.place().admin1())
                .containsOnly("ADM2 OH");
    }

    @Test
    void aBareNameMeansTheLargestPlaceOfThatName() {
        assertThat(resolve("Talks in Paris went on late.", "Paris").get(0).place().country()).isEqualTo("FR");
    }

    @Test
    void twoAmbiguousNamesChooseEachOther() {
        var r = resolve("A fire in Paris kept crews from across Henry County busy.", "Paris", "Henry County");
        assertThat(r).extracting(x -> x.place().id()).containsExactly(4647963L, 4628829L);
    }

    @Test
    void aRegionNamedAfterANameSaysWhereItLies() {
        var r = resolve("Chiquita Henry, of Alexandria, Louisiana, was arrested.", "Alexandria", "Louisiana");
        assertThat(r.get(0).place().id()).isEqualTo(4314550L);
    }

    @Test
    void aNameNamedAfterAPlaceToSayWhereItLiesMeansTheRegionThatHoldsIt() {
        // issue 17: "Toretsk, Donetsk" is Donetsk Oblast, not Donetsk the city nor a Russian town of that name
        var r = resolve("Shelling hit Kobani, Aleppo, on Monday.", "Kobani", "Aleppo");
        assertThat(r.get(1).place().id()).isEqualTo(170062L);
    }

    @Test
    void aNameInParenthesesAfterATownAndItsKindSaysWhereTheTownLies() {
        var r = resolve("Protests in Alexandria city (Louisiana) went on.", "Alexandria", "Louisiana");
        assertThat(r.get(0).place().id()).isEqualTo(4314550L);
    }

    @Test
    void aTownWhoseEveryNamesakeLiesInAnotherCountryThanItsContainerIsLeftUnresolved() {
        // issue 17: "Al Manshiyah village (Bethlehem, West Bank)" is no Al Manshiyah of Jordan
        var r = resolve("Raids hit Srebrenica village (Aleppo) on Monday.", "Srebrenica", "Aleppo");
        assertThat(r.get(0).place()).isNull();
    }

    @Test
    void aTownInAListIsResolvedThoughTheNextNameLiesInAnotherCountry() {
        var r = resolve("Talks in Srebrenica, Aleppo and Paris went on.", "Srebrenica", "Aleppo", "Paris");
        assertThat(r.get(0).place().country()).isEqualTo("BA");
    }

    @Test
    void aNameTheTextCallsACityIsNoRegionOfThatName() {
        // issue 17: "gunmen targeted a home in Amara city" is no Amhara region
        assertThat(resolve("Fighting in Donetsk went on.", "Donetsk").get(0).place().featureCode()).isEqualTo("ADM1");
        assertThat(resolve("Fighting in Donetsk city went on.", "Donetsk").get(0).place().featureCode()).isEqualTo("PPL");
    }

    @Test
    void aNameListedWithTownsIsATownNotARegionOfThatName() {
        // issue 16: "offices in Los Angeles, Miami, West Palm Beach, New York, and Detroit" name the city of New York
        var r = resolve("Talks in Srebrenica, Paris and Donetsk went on.", "Srebrenica", "Paris", "Donetsk");
        assertThat(r.get(2).place().featureCode()).isEqualTo("PPL");
    }

    @Test
    void aBareNameOfACityMeansTheCityNotItsGovernorate() {
        assertThat(resolve("Fighting in Aleppo went on.", "Aleppo").get(0).place().featureCode()).isEqualTo("PPLA");
        assertThat(resolve("Fighting in Aleppo Province went on.", "Aleppo Province").get(0).place().featureCode()).isEqualTo("ADM1");
    }

    @Test
    void aNationalityWordGivenAsAPlaceNameMeansItsCountry() {
        assertThat(resolve("Syrian troops moved.", "Syrian").get(0).place().id()).isEqualTo(163843L);
    }

    @Test
    void aTransliterationIsTrustedOnlyInACountryTheArticleIsAbout() {
        assertThat(resolve("Shelling hit Deir e-Zor in Syria.", "Deir e-Zor", "Syria").get(0).place()).extracting(Place::id).isEqualTo(170794L);
        assertThat(resolve("Deir e-Zor was named.", "Deir e-Zor").get(0).place()).isNull();
    }

    @Test
    void aNameTheGazetteerLacksIsPlacedAtTheArticlesMainPlaceWhenGiven() {
        String text = "Crowds gathered on Baron Street in Aleppo.";
        int at = text.indexOf("Baron Street");
        var r = resolver.resolveGiven(text, List.of(new Span(at, at + 12), new Span(text.indexOf("Aleppo"), text.indexOf("Aleppo") + 6)));
        assertThat(r.get(0).place().geonameId()).isNull();
        assertThat(r.get(0).place().lat()).isEqualTo(36.20124);
        assertThat(r.get(0).confidence()).isZero();
    }

    @Test
    void aSureChoiceHasAHighConfidence() {
        assertThat(resolve("Kobani was besieged.", "Kobani").get(0).confidence()).isGreaterThan(0.9);
    }

    private List<PlaceResolver.Resolution> resolveGiven(String text, String... names) {
        return resolver.resolveGiven(text, spans(text, names));
    }

    @Test
    void aNameTheGazetteerLacksIsPlacedAtTheKnownPlaceItHoldsWhenThatLiesNearTheArticlesPlaces() {
        var r = resolveGiven("Paris hosted talks; Paris urged calm. Chiquita Henry, of Alexandria, Louisiana, sat in the Alexandria City Jail.",
                "Paris", "Paris", "Alexandria", "Louisiana", "Alexandria City Jail");
        assertThat(r.get(4).place().id()).isEqualTo(4314550L);
        assertThat(r.get(4).text()).isEqualTo("Alexandria City Jail");
    }

    @Test
    void aNameTheGazetteerLacksIsPlacedAtThePlaceTheTextSaysItLiesInRatherThanAtTheArticlesMainPlace() {
        var r = resolveGiven("Shelling hit Deir ez-Zor and Kobani. Aid was stored at the Baron Warehouse in Aleppo.",
                "Deir ez-Zor", "Kobani", "Baron Warehouse", "Aleppo");
        assertThat(r.get(2).place().geonameId()).isNull();
        assertThat(r.get(2).place().lat()).isEqualTo(r.get(3).place().lat());
        assertThat(r.get(2).place().lon()).isEqualTo(r.get(3).place().lon());
    }

    @Test
    void aNameTheGazetteerLacksIsPlacedAtThePlaceNamedInThePossessiveJustBeforeIt() {
        var r = resolveGiven("Shelling hit Deir ez-Zor and Kobani. Aid was stored at Aleppo’s Baron Warehouse.",
                "Deir ez-Zor", "Kobani", "Aleppo", "Baron Warehouse");
        assertThat(r.get(3).place().geonameId()).isNull();
        assertThat(r.get(3).place().lat()).isEqualTo(r.get(2).place().lat());
        assertThat(r.get(3).place().lon()).isEqualTo(r.get(2).place().lon());
    }

    @Test
    void aPlaceNamedInThePossessiveBeforeAnotherHoldsIt() {
        var shipped = new PlaceResolver(GeoNamesGazetteer.shared());
        String text = "Students marched through Georgia's Athens on Monday.";
        var r = shipped.resolve(text, spans(text, "Georgia", "Athens"));
        assertThat(r.get(0).place().featureCode()).isEqualTo("ADM1");
        assertThat(r.get(1).place().country()).isEqualTo("US");
        assertThat(r.get(1).place().admin1()).isEqualTo("GA");
    }

    @Test
    void aNameTheGazetteerLacksThatTheTextPutsInACountryIsPlacedAtTheArticlesMainPlace() {
        var r = resolveGiven("Shelling hit Aleppo. Aid was stored at the Baron Warehouse in Syria.", "Aleppo", "Baron Warehouse", "Syria");
        assertThat(r.get(1).place().lat()).isEqualTo(r.get(0).place().lat());
    }

    @Test
    void aKnownPlaceInsideAnUnknownNameThatLiesFarFromTheArticlesPlacesIsNotUsed() {
        var r = resolveGiven("Crowds gathered at the Paris Cafe in Aleppo.", "Paris Cafe", "Aleppo");
        assertThat(r.get(0).place().geonameId()).isNull();
        assertThat(r.get(0).place().lat()).isEqualTo(36.20124);
    }

    @Test
    void aCountryInsideAnUnknownNameIsUsedWhereverTheArticlesPlacesLie() {
        var shipped = new PlaceResolver(GeoNamesGazetteer.shared());
        String text = "Traders in London and Aberdeen waited for the US Federal Reserve.";
        var r = shipped.resolveGiven(text, spans(text, "London", "Aberdeen", "US Federal Reserve"));
        assertThat(r.get(2).place()).extracting(Place::country, Place::featureCode).containsExactly("US", "PCLI");
    }

    @Test
    void thePlaceABodyIsOfIsTakenBeforeAnotherKnownWordOfItsName() {
        String text = "Officials of the Alexandria Office of Syria spoke.";
        var r = resolver.resolveGiven(text, spans(text, "Alexandria Office of Syria"));
        assertThat(r.get(0).place().id()).isEqualTo(163843L);
    }

    @Test
    void aFirstLevelRegionOfANamedCountryInsideAnUnknownNameIsUsedWhenTheArticlesMainPlaceLiesElsewhere() {
        var shipped = new PlaceResolver(GeoNamesGazetteer.shared());
        String text = "Traders in Aberdeen and the UK waited for the Bank of England.";
        var r = shipped.resolveGiven(text, spans(text, "Aberdeen", "UK", "Bank of England"));
        assertThat(r.get(2).place()).extracting(Place::featureCode, Place::admin1).containsExactly("ADM1", "ENG");
    }

    @Test
    void anUnknownNameOfAFirstLevelRegionStaysAtTheArticlesMainPlaceWhenThatLiesInTheRegion() {
        var shipped = new PlaceResolver(GeoNamesGazetteer.shared());
        String text = "Traders in Leeds and the UK waited for the Bank of England.";
        var r = shipped.resolveGiven(text, spans(text, "Leeds", "UK", "Bank of England"));
        assertThat(r.get(2).place().geonameId()).isNull();
        assertThat(r.get(2).place().lat()).isEqualTo(r.get(0).place().lat());
    }

    @Test
    void aNationalityWordGivenAsAPlaceNameCountsOnceInTheArticlesFocus() {
        var shipped = new PlaceResolver(GeoNamesGazetteer.shared());
        String text = "A US serviceman died, American reports said. He was born in Manchester.";
        var r = shipped.resolveGiven(text, spans(text, "US", "American", "Manchester"), "GB");
        assertThat(r.get(2).place().country()).isEqualTo("GB");
    }

    @Test
    void aContinentInsideAnUnknownNameIsUsedWhereverTheArticlesPlacesLie() {
        var shipped = new PlaceResolver(GeoNamesGazetteer.shared());
        String text = "Traders in London and Aberdeen waited for the European Central Bank.";
        var r = shipped.resolveGiven(text, spans(text, "London", "Aberdeen", "European Central Bank"));
        assertThat(r.get(2).place().featureCode()).isEqualTo("CONT");
    }

    @Test
    void anUnknownNameIsPlacedAtThePlaceTheArticlesOtherPlacesLieNearestNotTheOneNamedMostOften() {
        var r = resolveGiven("Paris hosted talks. Paris urged calm as shelling hit Aleppo, Deir ez-Zor and Kobani; aid sat on Baron Street.",
                "Paris", "Paris", "Aleppo", "Deir ez-Zor", "Kobani", "Baron Street");
        assertThat(r.get(0).place().country()).isEqualTo("FR");
        assertThat(r.get(5).place().geonameId()).isNull();
        assertThat(r.get(5).place().country()).isEqualTo("SY"); // Kobani: the Syrian town the other two lie nearest
    }

    @Test
    void theShippedRankerWeighsTheRulesCandidatesAndKeepsAClearChoice() {
        var ranked = new PlaceResolver(SmallGazetteer.get(), PlaceRanker.bundled());
        String text = "A fire in Paris kept crews from across Henry County busy.";
        var r = ranked.resolve(text, List.of(new Span(10, 15), new Span(text.indexOf("Henry County"), text.indexOf("Henry County") + 12)));
        assertThat(r).extracting(x -> x.place().id()).containsExactly(4647963L, 4628829L);
        var weighed = ranked.weigh(text, List.of(new Span(10, 15)));
        CandidateFacts rules = weighed.get(0).facts().get(weighed.get(0).hand());
        assertThat(PlaceRanker.features(rules, rules)).contains("vs.self", "hand=0", "kind=capital");
    }

    @Test
    void theWestAfterTheArticleIsTheRegionItsAdjectiveNames() {
        var shipped = new PlaceResolver(GeoNamesGazetteer.shared());
        String text = "Relations between Russia and the West worsened.";
        assertThat(shipped.resolve(text, spans(text, "Russia", "West")).get(1).place().id()).isEqualTo(9408659);
    }

    @Test
    void aPlaceCalledWestWithoutTheArticleIsNoWiderRegion() {
        var shipped = new PlaceResolver(GeoNamesGazetteer.shared());
        String text = "The fire in West, Texas, destroyed a plant.";
        assertThat(shipped.resolve(text, spans(text, "West", "Texas")).get(0).place().id()).isNotEqualTo(9408659);
    }

    @Test
    void aPlaceNamedTwiceSupportsACandidateOnce() {
        Place state = new Place(1, "Mississippi", 32.75, -89.75, 'A', "ADM1", "US", "MS", "", 2_900_000);
        Place town = new Place(2, "Louisville", 33.12, -89.05, 'P', "PPLA2", "US", "MS", "159", 6_314);
        var named = List.of(named("mississippi", state), named("mississippi state", state), named("louisville", town));
        assertThat(PlaceResolver.support(named, "louisville", town)).isEqualTo(1.0);
    }

    @Test
    void aCountyHoldingANamedTownIsSupportedAtLeastAsMuchAsANearbyOne() {
        Place town = new Place(1, "Lebanon", 40.05, -86.47, 'P', "PPLA2", "US", "IN", "011", 15_892);
        Place holding = new Place(2, "Boone County", 40.05, -86.47, 'A', "ADM2", "US", "IN", "011", 52_683);
        Place neighbour = new Place(3, "Hendricks County", 39.77, -86.51, 'A', "ADM2", "US", "IN", "063", 160_000);
        assertThat(PlaceResolver.affinity(holding, town)).isEqualTo(1.0);
        assertThat(PlaceResolver.affinity(holding, town)).isGreaterThanOrEqualTo(PlaceResolver.affinity(neighbour, town));
    }

    @Test
    void aStateHoldingAFarTownStillSpeaksForItself() {
        Place town = new Place(1, "Lebanon", 40.05, -86.47, 'P', "PPLA2", "US", "IN", "011", 15_892);
        Place state = new Place(2, "Indiana", 40.0, -86.25, 'A', "ADM1", "US", "IN", "", 6_700_000);
        Place farTown = new Place(3, "Evansville", 37.97, -87.56, 'P', "PPLA2", "US", "IN", "163", 119_943);
        assertThat(PlaceResolver.affinity(state, farTown)).isEqualTo(0.6);
        assertThat(PlaceResolver.affinity(state, town)).isEqualTo(1.0);
    }

    private static PlaceResolver.Named named(String key, Place p) {
        return new PlaceResolver.Named(new Span(0, 1), key, key, List.of(new PlaceCandidate(p, PlaceCandidate.NameMatch.NAME, 1)));
    }
}
