package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.core.EntityType;
import org.sitrep.core.Mention;
import org.sitrep.core.Span;

class PlaceNameFinderTest {
    private final PlaceNameFinder finder = new PlaceNameFinder(SmallGazetteer.get());

    private List<String> names(String text, List<Mention> mentions) {
        return finder.find(text, mentions, Set.of()).stream().map(s -> s.of(text)).toList();
    }

    private static Mention mention(String text, String name, EntityType type) {
        int at = text.indexOf(name);
        return new Mention(new Span(at, at + name.length()), name, type);
    }

    @Test
    void aSeaOfNoCountryIsFoundWithoutTheTaggerAsTheSupplementsPlacesAre() {
        // issue 16: GeoNames' features of no country are weighed as the supplement, whose seas most of them replaced
        PlaceNameFinder shipped = new PlaceNameFinder(GeoNamesGazetteer.shared());
        String text = "Tankers were seized in the Gulf of Oman on Monday.";
        assertThat(shipped.find(text, List.of(), Set.of()).stream().map(s -> s.of(text))).containsExactly("Gulf of Oman");
    }

    @Test
    void aPlaceTheTaggerCutAtAHyphenIsTheWholeNameTheGazetteerKnows() {
        PlaceNameFinder shipped = new PlaceNameFinder(GeoNamesGazetteer.shared());
        String text = "Hotel rents remain high in Gilgit-Baltistan this summer.";
        var found = shipped.find(text, List.of(mention(text, "Gilgit", EntityType.LOCATION)), Set.of());
        assertThat(found.stream().map(s -> s.of(text))).containsExactly("Gilgit-Baltistan");
    }

    @Test
    void twoPlacesJoinedByAHyphenStayTwoWhenTheGazetteerKnowsNoWholeName() {
        PlaceNameFinder shipped = new PlaceNameFinder(GeoNamesGazetteer.shared());
        String text = "The river will crest in Fargo-Moorhead on Friday.";
        var found = shipped.find(text, List.of(mention(text, "Fargo", EntityType.LOCATION)), Set.of());
        assertThat(found.stream().map(s -> s.of(text))).startsWith("Fargo");
    }

    @Test
    void aRegionOfASmallCountryIsNoPlaceWithoutTheTaggerOutsideAnArticleAboutThatCountry() {
        // issue 16: LGL's "St. Patrick's Day" gave Patrick, a sheading of the Isle of Man
        PlaceNameFinder shipped = new PlaceNameFinder(GeoNamesGazetteer.shared());
        String text = "Safety stressed on St. Patrick's Day in Ohio.";
        assertThat(shipped.find(text, List.of(), Set.of()).stream().map(s -> s.of(text))).containsExactly("Ohio");
    }

    @Test
    void aRegionMetByAnAlternateNameIsTakenWithoutTheTaggerOnlyInACountryTheArticleIsAboutOrAsAnAbbreviation() {
        // issue 16: "Jewish" is an alternate name of the Jewish Autonomous Oblast
        PlaceNameFinder shipped = new PlaceNameFinder(GeoNamesGazetteer.shared());
        String text = "Eighteen Jewish organizations met as Mass. legislators put off debate.";
        assertThat(shipped.find(text, List.of(), Set.of()).stream().map(s -> s.of(text))).containsExactly("Mass.");
    }

    @Test
    void anAlternateNameOfACountryOrSeaThatIsACommonWordIsNoPlaceWithoutTheTagger() {
        // issue 16: GWN's "Read More" gave the Savu Sea, LGL's headline "Man accused of ..." the Isle of Man
        PlaceNameFinder shipped = new PlaceNameFinder(GeoNamesGazetteer.shared());
        String text = "Man held in Ohio. Read More about the Gulf of Oman.";
        assertThat(shipped.find(text, List.of(), Set.of()).stream().map(s -> s.of(text)))
                .containsExactly("Ohio", "Gulf of Oman");
    }

    @Test
    void anOrganisationNamedAsAWholeCountryIsAPlaceButNotOneThatOnlyHoldsAPlaceName() {
        String text = "Syria said the Aleppo Media Center lied.";
        assertThat(names(text, List.of(mention(text, "Syria", EntityType.ORGANIZATION),
                mention(text, "Aleppo Media Center", EntityType.ORGANIZATION)))).containsExactly("Syria");
    }

    @Test
    void noPlaceIsTakenFromInsideAnOrganisationsName() {
        String text = "The Aleppo Media Center and the Chasiv Yar Club spoke.";
        List<Mention> mentions = List.of(mention(text, "Aleppo Media Center", EntityType.ORGANIZATION),
                mention(text, "Chasiv Yar Club", EntityType.ORGANIZATION));
        assertThat(names(text, mentions)).isEmpty();
    }

    @Test
    void aDatelineTheTaggerTookForAnOrganisationIsAPlaceAndSoIsItsNameTakenForAPersonElsewhere() {
        // issue 16: LGL's "Pastor picked for patrol. MANSFIELD -- Mansfield Mayor Curtis McCoy ..."
        String text = "Pastor picked for patrol. ALEXANDRIA -- Alexandria Mayor Curtis McCoy met the Alexandria Police Department.";
        List<Mention> mentions = List.of(mention(text, "ALEXANDRIA", EntityType.ORGANIZATION),
                mention(text, "Alexandria", EntityType.PERSON),
                mention(text, "Alexandria Police Department", EntityType.ORGANIZATION));
        assertThat(names(text, mentions)).containsExactly("ALEXANDRIA", "Alexandria");
    }

    @Test
    void aDatelineTheTaggerDidNotTagIsAPlaceWhenTheGazetteerKnowsATownSoNamed() {
        // issue 16: LGL's "March 24, 2009\nMANSFIELD -- Mansfield Mayor Curtis McCoy ...", MANSFIELD untagged
        String text = "March 24, 2009\nALEXANDRIA -- Mayor Curtis McCoy met the POLICE CHIEF.";
        assertThat(names(text, List.of(mention(text, "Curtis McCoy", EntityType.PERSON)))).containsExactly("ALEXANDRIA");
    }

    @Test
    void aWordInCapitalsTheTaggerDidNotTagBeforeAColonIsALabelNotADateline() {
        // issue 16: GWN's photo credit "PHOTO: JEWELL: Boyd Carney ...", where Jewell is also a town
        String text = "March 24, 2009\nALEXANDRIA: Mayor Curtis McCoy met the POLICE CHIEF.";
        assertThat(names(text, List.of(mention(text, "Curtis McCoy", EntityType.PERSON)))).isEmpty();
    }

    @Test
    void aSmallTownAwayFromTheArticlesCountriesIsNotTakenWithoutTheTagger() {
        assertThat(names("Forces shelled Chasiv Yar and left.", List.of())).isEmpty();
    }

    @Test
    void aNameFollowedByARegionItLiesInIsAPlaceEvenWhenTheTaggerCalledItAPerson() {
        // issue 17: ACLED's "Russian military forces shelled Chasiv Yar, Donetsk."
        String text = "Forces shelled Chasiv Yar, Donetsk, on Monday.";
        assertThat(names(text, List.of(mention(text, "Chasiv Yar", EntityType.PERSON)))).containsExactly("Chasiv Yar", "Donetsk");
    }

    @Test
    void aNameFollowedByARegionItDoesNotLieInIsNotTakenForThatPlace() {
        String text = "Forces shelled Chasiv Yar, Louisiana, on Monday.";
        assertThat(names(text, List.of(mention(text, "Chasiv Yar", EntityType.PERSON)))).containsExactly("Louisiana");
    }

    @Test
    void aNameTheTextCallsATownIsAPlace() {
        assertThat(names("Shelling hit Srebrenica town at dawn.", List.of())).containsExactly("Srebrenica");
    }

    @Test
    void theLastWordOfALongerNameIsNotTakenForThePlaceItNames() {
        assertThat(names("Troops blocked Umm Srebrenica village at dawn.", List.of())).isEmpty();
    }

    @Test
    void aTownInParenthesesAfterANameIsAPlace() {
        // issue 17: ACLED's "Israeli fighter jets struck a house in Jebbayn (Tyr)."
        assertThat(names("Jets struck a house in Jebbayn (Srebrenica) on Monday.", List.of())).containsExactly("Srebrenica");
    }

    @Test
    void aPlaceNameTheTaggerCutShortAtASmallWordIsTakenWhole() {
        String text = "Gunmen opened fire in Rio Grande do Sul on Monday.";
        assertThat(names(text, List.of(mention(text, "Rio Grande", EntityType.LOCATION)))).containsExactly("Rio Grande do Sul");
    }

    @Test
    void theKnownPartsOfNamesTheTaggerRanTogetherAreTaken() {
        String text = "Crowds met in Aleppo - East (Louisiana) on Monday.";
        assertThat(names(text, List.of(mention(text, "Aleppo - East (Louisiana", EntityType.LOCATION))))
                .containsExactly("Aleppo", "Louisiana");
    }

    @Test
    void aShortAlternateNameOfARegionIsNotTakenWithoutTheTagger() {
        assertThat(names("Teams from the Sul played on Monday.", List.of())).isEmpty();
    }

    @Test
    void aKnownNameThatGoesOnWithASmallWordAndACapitalisedOneIsNotTakenAlone() {
        // issue 17: "airstrikes in Qizan an Najjar (Khan Yunis)" is no Qizan of Saudi Arabia
        assertThat(names("Jets struck Srebrenica an Najjar town at dawn.", List.of())).isEmpty();
    }

    @Test
    void aKnownNameThatGoesOnWithAnotherCapitalisedWordIsNotTakenAlone() {
        // issue 17: "the Ain Assad Air Base in Anbar" is no Ain of France
        assertThat(names("Drones circled over the Louisiana Assad Air Base on Monday.", List.of())).isEmpty();
    }

    @Test
    void aRegionsAbbreviationTakesItsStop() {
        // LGL: "CHARLESTON, W.Va. --" and "Harrisburg, Pa." are gold with their stops
        PlaceNameFinder shipped = new PlaceNameFinder(GeoNamesGazetteer.shared());
        String text = "He met them in Harrisburg, Pa. on Monday.";
        assertThat(shipped.find(text, List.of(mention(text, "Pa", EntityType.LOCATION)), Set.of()).stream().map(s -> s.of(text)))
                .contains("Pa.");
    }

    @Test
    void aRegionsAbbreviationWithoutItsStopIsAnotherWord() {
        PlaceNameFinder shipped = new PlaceNameFinder(GeoNamesGazetteer.shared());
        String text = "She took the Little Miss title at the fair.";
        assertThat(shipped.find(text, List.of(mention(text, "Miss", EntityType.LOCATION)), Set.of())).isEmpty();
    }

    @Test
    void aRegionsOwnShortNameIsNoAbbreviation() {
        // the seed's "Raqqa": an alternate name of Ar-Raqqah, but no abbreviation of it, and found without a stop
        assertThat(PlaceNameFinder.abbreviates("raqqa", "ar raqqah")).isFalse();
        assertThat(PlaceNameFinder.abbreviates("w va", "west virginia")).isTrue();
    }

    @Test
    void aCommonWordTheTaggerTookForAPlaceIsNoneWhereItEndsOrOpensACapitalisedTitle() {
        // LGL dev: "The Fish Man" and "Man of the Year" gave the Isle of Man
        String text = "They call him The Fish Man in Aleppo. He was Man of the Year.";
        assertThat(names(text, List.of(mention(text, "Man", EntityType.LOCATION), mention(text, "Aleppo", EntityType.LOCATION),
                new Mention(new Span(text.lastIndexOf("Man"), text.lastIndexOf("Man") + 3), "Man", EntityType.LOCATION))))
                .containsExactly("Aleppo");
    }

    @Test
    void aNameAfterAWordThatOpensNamesIsTheLongerNameTheGazetteerKnowsOrNoPlace() {
        PlaceNameFinder shipped = new PlaceNameFinder(GeoNamesGazetteer.shared());
        // LGL: "before St. Clair could verify" (a genealogist) gave Clair; here a name no place bears
        String text = "It wasn't long before Glen Fargo could verify it. Crews worked in Fort Worth on Monday.";
        var found = shipped.find(text, List.of(mention(text, "Fargo", EntityType.LOCATION),
                mention(text, "Worth", EntityType.LOCATION)), Set.of());
        assertThat(found.stream().map(s -> s.of(text))).containsExactly("Fort Worth");
    }

    @Test
    void aNameOpenedByACapitalisedTheTheGazetteerDoesNotKnowWholeIsNoPlace() {
        PlaceNameFinder shipped = new PlaceNameFinder(GeoNamesGazetteer.shared());
        String text = "The Bush administration said so. Talks resumed in The Hague. The Netherlands agreed.";
        var found = shipped.find(text, List.of(mention(text, "The Bush", EntityType.LOCATION),
                mention(text, "The Hague", EntityType.LOCATION), mention(text, "The Netherlands", EntityType.LOCATION)), Set.of());
        assertThat(found.stream().map(s -> s.of(text))).containsExactly("The Hague", "The Netherlands");
    }

    @Test
    void aTownAfterAPersonAndOfIsAPlaceThoughTooSmallToBeTakenAlone() {
        // issue 16: LGL's "Theresa Pilkington of Jeannette" (the tagger took the town for a second person)
        PlaceNameFinder shipped = new PlaceNameFinder(GeoNamesGazetteer.shared());
        String text = "The driver, Theresa Pilkington of Jeannette, was taken to a hospital.";
        var found = shipped.find(text, List.of(mention(text, "Theresa Pilkington", EntityType.PERSON)), Set.of());
        assertThat(found.stream().map(s -> s.of(text))).containsExactly("Jeannette");
    }

    @Test
    void aTownAfterAPersonAndOfIsNoPlaceWhenTheNameGoesOn() {
        PlaceNameFinder shipped = new PlaceNameFinder(GeoNamesGazetteer.shared());
        String text = "The driver, Theresa Pilkington of Jeannette Glass Works, was taken to a hospital.";
        var found = shipped.find(text, List.of(mention(text, "Theresa Pilkington", EntityType.PERSON)), Set.of());
        assertThat(found).isEmpty();
    }

    @Test
    void aLawmakersHomeAfterTheirPartyIsAPlace() {
        // issue 16: LGL's "Therese Murray, D-Plymouth" (the tagger took the town for a body)
        PlaceNameFinder shipped = new PlaceNameFinder(GeoNamesGazetteer.shared());
        String text = "Senate President Therese Murray, D-Plymouth, agreed.";
        var found = shipped.find(text, List.of(mention(text, "Therese Murray", EntityType.PERSON),
                mention(text, "Plymouth", EntityType.ORGANIZATION)), Set.of());
        assertThat(found.stream().map(s -> s.of(text))).containsExactly("Plymouth");
    }

    @Test
    void aFirstNameThatOwnsTheNameAfterItIsNoPlaceAnywhereInTheArticle() {
        // issue 16: GeoWebNews' "Eva's Village" gave Eva, Alabama, and its "Village" The Village, Oklahoma
        PlaceNameFinder shipped = new PlaceNameFinder(GeoNamesGazetteer.shared());
        String text = "Mothers live at Eva's Village in Paterson. Eva's \"provides services\".";
        var found = shipped.find(text, List.of(mention(text, "Eva", EntityType.LOCATION),
                mention(text, "Village", EntityType.LOCATION), mention(text, "Paterson", EntityType.LOCATION)), Set.of());
        assertThat(found.stream().map(s -> s.of(text))).containsExactly("Paterson");
    }

    @Test
    void aPlaceInThePossessiveBeforeAnotherStaysAPlace() {
        PlaceNameFinder shipped = new PlaceNameFinder(GeoNamesGazetteer.shared());
        String text = "Flights left Georgia's Augusta on Monday.";
        var found = shipped.find(text, List.of(mention(text, "Georgia", EntityType.LOCATION),
                mention(text, "Augusta", EntityType.LOCATION)), Set.of());
        assertThat(found.stream().map(s -> s.of(text))).containsExactly("Georgia", "Augusta");
    }

    @Test
    void aWordInCapitalsAmidWordsInLowerCaseIsAnAcronymNotATown() {
        // issue 16: LGL's "the Neighborhood Improvement Coordination Effort, or NICE program" gave Nice
        PlaceNameFinder shipped = new PlaceNameFinder(GeoNamesGazetteer.shared());
        String text = "For more information on NICE, call the city. NICE - The festival opened.";
        assertThat(shipped.find(text, List.of(), Set.of()).stream().map(s -> s.of(text))).containsExactly("NICE");
        assertThat(shipped.find(text, List.of(), Set.of()).get(0).begin()).isEqualTo(text.lastIndexOf("NICE"));
    }

    @Test
    void anAbbreviatedOpenerTaggedAloneIsNoPlace() {
        // issue 16: LGL's "headquarters over the weekend at 319 Main St., where" gave Sète, France
        String text = "He opened his headquarters at 319 Main St., where volunteers painted.";
        PlaceNameFinder shipped = new PlaceNameFinder(GeoNamesGazetteer.shared());
        assertThat(shipped.find(text, List.of(mention(text, "St.", EntityType.LOCATION)), Set.of())).isEmpty();
    }
}
