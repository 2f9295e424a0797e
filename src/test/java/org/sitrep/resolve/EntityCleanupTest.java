package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Article;
import org.sitrep.core.EntityType;
import org.sitrep.core.LinkedMention;

/** The article-wide corrections of the tagger's names (issue 15): types from context, furniture and lone words out. */
class EntityCleanupTest {
    private static List<LinkedMention> tagged(String text, Object... nameAndType) {
        return TaggedMentions.tagged(text, nameAndType);
    }

    private static List<String> shown(List<LinkedMention> linked) {
        return linked.stream().map(m -> m.mention().text() + "/" + m.entity().type()).toList();
    }

    @Test
    void typesAsAPlaceAnOrganisationTheArticlePutsThingsInTwice() {
        String text = "The base in al-Tanf is small. Troops in al-Tanf train rebels near al-Tanf.";
        assertThat(shown(PlaceContext.apply(text, name -> false, tagged(text, "al-Tanf", EntityType.ORGANIZATION, "al-Tanf", EntityType.ORGANIZATION,
                "al-Tanf", EntityType.ORGANIZATION)))).containsOnly("al-Tanf/LOCATION");
    }

    @Test
    void readsPlaceEvidenceAtAppearancesOfTheNameTheTaggerLeftUntagged() {
        String text = "Jobar has been besieged. Troops in Jobar and near Jobar held out.";
        assertThat(shown(PlaceContext.apply(text, name -> false, tagged(text, "Jobar", EntityType.PERSON)))).containsOnly("Jobar/LOCATION");
    }

    @Test
    void typesAsAPlaceANameListedBeforeAPluralWordForPlaces() {
        String text = "Jobar has been besieged since 2013. Tanks moved to the Jobar and Qaboun neighborhoods.";
        assertThat(shown(PlaceContext.apply(text, name -> false, tagged(text, "Jobar", EntityType.PERSON)))).containsOnly("Jobar/LOCATION");
    }

    @Test
    void keepsAnOrganisationNamedOnceAfterIn() {
        String text = "He served in Hamas for years. Hamas denied it.";
        assertThat(shown(PlaceContext.apply(text, name -> false, tagged(text, "Hamas", EntityType.ORGANIZATION, "Hamas", EntityType.ORGANIZATION))))
                .containsOnly("Hamas/ORGANIZATION");
    }

    @Test
    void typesANameEndingInAWordForAPlaceAsAPlace() {
        String text = "Ships gathered near the Scarborough Shoal.";
        assertThat(shown(PlaceWords.apply(tagged(text, "Scarborough Shoal", EntityType.PERSON)))).containsExactly("Scarborough Shoal/LOCATION");
    }

    @Test
    void typesAPointOfTheCompassAloneAfterTheAsAPlace() {
        // Issue 15, field dev: "Iran, which the West says is developing one" gave a person "West".
        String text = "Iran, which the West says is developing one, and Kanye West spoke.";
        assertThat(shown(PlaceWords.compassRegions(text, tagged(text, "West", EntityType.PERSON, "Kanye West", EntityType.PERSON))))
                .containsExactly("West/LOCATION", "Kanye West/PERSON");
    }

    @Test
    void leavesOutALoneInstitutionWord() {
        String text = "Authorities said the Army spokesman Col. Adolphe Manirakiza spoke.";
        assertThat(shown(LoneNames.apply(tagged(text, "Authorities", EntityType.PERSON, "Army", EntityType.ORGANIZATION,
                "Adolphe Manirakiza", EntityType.PERSON)))).containsExactly("Adolphe Manirakiza/PERSON");
    }

    @Test
    void leavesOutOneMarineAsAWordForAPersonNotABody() {
        // Issue 15, field dev: "his Marine lieutenant son" and "The Marine general" gave a body "Marine".
        String text = "Kelly, who lost his Marine lieutenant son in Afghanistan, spoke.";
        assertThat(shown(LoneNames.apply(tagged(text, "Kelly", EntityType.PERSON, "Marine", EntityType.ORGANIZATION))))
                .containsExactly("Kelly/PERSON");
    }

    @Test
    void leavesOutALoneWordForABuildingLeftOfAJoinedName() {
        String text = "He will go to Al-Azhar Mosque and University.";
        assertThat(shown(LoneNames.apply(tagged(text, "Al-Azhar Mosque", EntityType.LOCATION, "University", EntityType.ORGANIZATION))))
                .containsExactly("Al-Azhar Mosque/LOCATION");
    }

    @Test
    void leavesOutNamesInsideALongRunOfCapitals() {
        String text = "PREPARED BY THE FEDERAL NEWS SERVICE INC., WASHINGTON, D.C. FEDERAL NEWS SERVICE IS A PRIVATE FIRM\n\nIn Washington, the talks went on.";
        assertThat(shown(ShoutedLines.without(text, tagged(text, "WASHINGTON", EntityType.LOCATION, "Washington", EntityType.LOCATION))))
                .containsExactly("Washington/LOCATION");
    }

    @Test
    void leavesOutUnknownNamesOnlyATitleCaseLineUses() {
        String text = "Chicagoland Voters Haven't Forgotten Benghazi Attack\n\nVoters in Illinois recall Benghazi, where the consulate burned.";
        assertThat(shown(TitleCaseLines.without(text, tagged(text, "Chicagoland", EntityType.ORGANIZATION, "Benghazi", EntityType.LOCATION,
                "Illinois", EntityType.LOCATION, "Benghazi", EntityType.LOCATION))))
                .containsExactly("Benghazi/LOCATION", "Illinois/LOCATION", "Benghazi/LOCATION");
    }

    @Test
    void takesALineWhoseMajorWordsAreAllCapitalisedForATitleCaseLine() {
        String text = "Help Shape the Future of Public Transit in the City of Fort Worth\n\nBuses ran late on Monday.";
        assertThat(shown(TitleCaseLines.without(text, tagged(text, "Future of Public Transit", EntityType.ORGANIZATION))))
                .isEmpty();
    }

    @Test
    void takesNoSentenceWithAFewLowerCaseWordsForATitleCaseLine() {
        String text = "Associated Press writers Alan Fram, Zeke Miller and Jill Colvin contributed to this report.";
        assertThat(shown(TitleCaseLines.without(text, tagged(text, "Zeke Miller", EntityType.PERSON))))
                .containsExactly("Zeke Miller/PERSON");
    }

    @Test
    void takesNoCreditLineForATitleCaseLine() {
        // Issue 15: a wire credit's names are capitalised as names, not in a headline's style.
        String text = "The talks ended.\n(Reporting by Adrian Croft, Editing by Luke Baker)";
        assertThat(shown(TitleCaseLines.without(text, tagged(text, "Adrian Croft", EntityType.PERSON, "Luke Baker", EntityType.PERSON))))
                .containsExactly("Adrian Croft/PERSON", "Luke Baker/PERSON");
    }

    @Test
    void takesABylineOpeningWithByForACreditLine() {
        assertThat(CreditNames.isCreditLine("By Jane Doe and John Smith Reuters Staff")).isTrue();
        assertThat(CreditNames.isCreditLine("— Additional reporting by Jane Doe")).isTrue();
        assertThat(CreditNames.isCreditLine("Bypassing The Border Fence")).isFalse();
    }

    @Test
    void typesAsAPlaceAPersonOfTheTaggerNamedOnceAsATown() {
        String text = "Shells fell on the town of Zawiya on Monday.";
        assertThat(shown(PlaceContext.apply(text, name -> false, tagged(text, "Zawiya", EntityType.PERSON)))).containsExactly("Zawiya/LOCATION");
    }

    @Test
    void typesAsAPlaceANameFollowedByItsCountryAsInADateline() {
        String text = "Zawiya, Libya (CNN) -- Rebels held the square.";
        List<LinkedMention> linked = new java.util.ArrayList<>(tagged(text, "Zawiya", EntityType.ORGANIZATION));
        linked.add(new LinkedMention(new org.sitrep.core.Mention(new org.sitrep.core.Span(8, 13), "Libya", EntityType.LOCATION),
                new org.sitrep.core.Entity("location-libya", "Libya", EntityType.LOCATION, "place")));
        assertThat(shown(PlaceContext.apply(text, name -> false, linked))).containsExactly("Zawiya/LOCATION", "Libya/LOCATION");
    }

    @Test
    void keepsAPersonWithAFirstNameBeforeACommaAndAPlaceAPerson() {
        // Field corpus: "Chris Mumm, Iraq project director" made Chris Mumm a place.
        String text = "Chris Mumm, Iraq project director for the company, said so.";
        List<LinkedMention> linked = new java.util.ArrayList<>(tagged(text, "Chris Mumm", EntityType.PERSON));
        linked.add(new LinkedMention(new org.sitrep.core.Mention(new org.sitrep.core.Span(12, 16), "Iraq", EntityType.LOCATION),
                new org.sitrep.core.Entity("location-iraq", "Iraq", EntityType.LOCATION, "place")));
        assertThat(shown(PlaceContext.apply(text, name -> false, linked))).containsExactly("Chris Mumm/PERSON", "Iraq/LOCATION");
    }

    @Test
    void typesAsAPlaceTheHometownAfterAnAge() {
        String text = "Army Sgt. Nicholas Tomko, 24, of McKees Rocks, was the door gunner.";
        assertThat(shown(PlaceContext.apply(text, name -> false, tagged(text, "McKees Rocks", EntityType.ORGANIZATION)))).containsExactly("McKees Rocks/LOCATION");
    }

    @Test
    void keepsAPersonWhoSpeaksThoughTheArticlePutsSomethingInHisName() {
        String text = "The village of Hassan is small. Hassan said it was quiet.";
        assertThat(shown(PlaceContext.apply(text, name -> false, tagged(text, "Hassan", EntityType.PERSON, "Hassan", EntityType.PERSON))))
                .containsOnly("Hassan/PERSON");
    }

    @Test
    void leavesOutANameTheTextOnlyWritesAsTheStartOfALongerName() {
        String text = "Drinks were served at Merdie’s Tavern on Elizabeth Avenue.";
        assertThat(shown(NameFragments.without(text, tagged(text, "Merdie", EntityType.PERSON, "Elizabeth Avenue", EntityType.LOCATION))))
                .containsExactly("Elizabeth Avenue/LOCATION");
    }

    @Test
    void keepsANameTheTextAlsoWritesAlone() {
        String text = "The Sistani List won. Sistani said nothing.";
        assertThat(shown(NameFragments.without(text, tagged(text, "Sistani", EntityType.PERSON, "Sistani", EntityType.PERSON))))
                .containsExactly("Sistani/PERSON", "Sistani/PERSON");
    }

    @Test
    void keepsANameFollowedByADayOrByAnotherName() {
        String text = "Obama Tuesday met leaders in Washington. Talks with Russia Iran backed went nowhere.";
        assertThat(shown(NameFragments.without(text, tagged(text, "Obama", EntityType.PERSON, "Washington", EntityType.LOCATION,
                "Russia", EntityType.LOCATION, "Iran", EntityType.LOCATION))))
                .containsExactly("Obama/PERSON", "Washington/LOCATION", "Russia/LOCATION", "Iran/LOCATION");
    }

    @Test
    void keepsTheNamesOfATitleCaseHeadline() {
        String text = "Putin Says Talks Will Go On\n\nThe talks went on.";
        assertThat(shown(NameFragments.without(text, tagged(text, "Putin", EntityType.PERSON)))).containsExactly("Putin/PERSON");
    }

    @Test
    void leavesOutAnUnknownNameThatOnlyEndsALongerNameAfterOf() {
        String text = "He lived near the Avenue of the Americas for years.";
        assertThat(shown(NameFragments.without(text, tagged(text, "Americas", EntityType.LOCATION)))).isEmpty();
    }

    @Test
    void keepsThePlaceATitleHoldsOfficeIn() {
        String text = "The vote was backed by the Governor of Zaporizhzhia on Monday.";
        assertThat(shown(NameFragments.without(text, tagged(text, "Zaporizhzhia", EntityType.LOCATION)))).containsExactly("Zaporizhzhia/LOCATION");
    }

    @Test
    void typesAsPlacesNamesJoinedByAndBeforeAPluralWordForRegions() {
        String text = "He met leaders from the Al-Anbar and Nineveh Provinces last week.";
        assertThat(shown(PlaceWords.coordinated(text, tagged(text, "Al-Anbar", EntityType.ORGANIZATION, "Nineveh Provinces", EntityType.LOCATION))))
                .containsExactly("Al-Anbar/LOCATION", "Nineveh/LOCATION");
    }

    @Test
    void readsOverlappingMentionsWithoutFailing() {
        String text = "Fighters of the Zawiya Brigade and Misrata Districts met in Zawiya, Libya.";
        List<LinkedMention> linked = new java.util.ArrayList<>(tagged(text, "Zawiya Brigade", EntityType.ORGANIZATION));
        linked.addAll(tagged(text, "Zawiya", EntityType.LOCATION, "Misrata Districts", EntityType.LOCATION));
        assertThat(PlaceWords.coordinated(text, linked)).hasSize(3);
        assertThat(PlaceContext.apply(text, name -> false, linked)).hasSize(3);
    }

    @Test
    void typesAsAPlaceAPersonOfTheTaggerWhoseNameOpensWithNoFirstNameAndIsPutSomewhereOnce() {
        // Issue 15: "the communal farm of Ein Hashlosha" and "in Ein Hashlosha" made a person.
        String text = "A volunteer was killed in a field in Ein Hashlosha on Monday.";
        assertThat(shown(PlaceContext.apply(text, name -> false, tagged(text, "Ein Hashlosha", EntityType.PERSON)))).containsExactly("Ein Hashlosha/LOCATION");
    }

    @Test
    void keepsAPersonWithAFirstNamePutSomewhereOnce() {
        String text = "Voters put their faith in John Mattis last year.";
        assertThat(shown(PlaceContext.apply(text, name -> false, tagged(text, "John Mattis", EntityType.PERSON)))).containsExactly("John Mattis/PERSON");
    }

    @Test
    void typesAsAPlaceAPersonOfTheTaggerNamedOnceAsAKibbutzOrFarm() {
        String text = "The shell hit the communal farm of Ein Hashlosha.";
        assertThat(shown(PlaceContext.apply(text, name -> false, tagged(text, "Ein Hashlosha", EntityType.PERSON)))).containsExactly("Ein Hashlosha/LOCATION");
    }

    @Test
    void takesAPersonsNameOnOverAParticleInLowerCase() {
        // Issue 15: the tagger gave "Francis" of "Francis ole Kaparo" as a person of his own.
        String text = "Speaker Francis ole Kaparo met Ursula von der Leyen and Ali al-Sistani.";
        List<org.sitrep.core.Mention> mentions = tagged(text, "Francis", EntityType.PERSON, "Ursula", EntityType.PERSON,
                "Leyen", EntityType.PERSON, "Ali", EntityType.PERSON).stream().map(LinkedMention::mention).toList();
        assertThat(NameParticles.extended(text, mentions).stream().map(org.sitrep.core.Mention::text).toList())
                .containsExactly("Francis ole Kaparo", "Ursula von der Leyen", "Ali al-Sistani");
    }

    @Test
    void leavesAPersonsNameBeforeAParticleOfLowerCaseWords() {
        String text = "Francis de facto ruled.";
        List<org.sitrep.core.Mention> mentions = tagged(text, "Francis", EntityType.PERSON).stream().map(LinkedMention::mention).toList();
        assertThat(NameParticles.extended(text, mentions).stream().map(org.sitrep.core.Mention::text).toList()).containsExactly("Francis");
    }

    @Test
    void takesAPlacesNameBackOverACapitalisedPointOfTheCompass() {
        // Issue 15: "North Vietnam" gave the place "Vietnam".
        String text = "Fonda went to North Vietnam in 1972, not to northern Laos.";
        List<org.sitrep.core.Mention> mentions = tagged(text, "Vietnam", EntityType.LOCATION, "Laos", EntityType.LOCATION).stream()
                .map(LinkedMention::mention).toList();
        assertThat(DirectionNames.extended(text, mentions).stream().map(org.sitrep.core.Mention::text).toList())
                .containsExactly("North Vietnam", "Laos");
    }

    @Test
    void typesTheNamesOfAWireCreditLineAsPeople() {
        String text = "(Writing by Frank Jack Daniel; editing by Bill Trott and Todd Eastham)";
        assertThat(shown(CreditNames.typed(text, tagged(text, "Frank Jack Daniel", EntityType.ORGANIZATION, "Bill Trott", EntityType.PERSON,
                "Todd Eastham", EntityType.ORGANIZATION)))).containsExactly("Frank Jack Daniel/PERSON", "Bill Trott/PERSON", "Todd Eastham/PERSON");
    }

    @Test
    void keepsABodyNamedAfterByOutsideACreditLine() {
        String text = "The town was shelled by Islamic Jihad and Hamas fighters and Popular Resistance Committees.";
        assertThat(shown(CreditNames.typed(text, tagged(text, "Islamic Jihad", EntityType.ORGANIZATION,
                "Popular Resistance Committees", EntityType.ORGANIZATION))))
                .containsExactly("Islamic Jihad/ORGANIZATION", "Popular Resistance Committees/ORGANIZATION");
    }

    @Test
    void typesAsAPlaceAPersonOfTheTaggerPutSomewhereOnceWhenTheGazetteerKnowsTheTown() {
        // Issue 15: a town typed a person, named once after "in".
        String text = "Shelling continued in Avdiivka overnight.";
        assertThat(shown(PlaceContext.apply(text, "Avdiivka"::equals, tagged(text, "Avdiivka", EntityType.PERSON))))
                .containsExactly("Avdiivka/LOCATION");
    }

    @Test
    void keepsABodyPutSomewhereOnceThoughATownBearsItsName() {
        String text = "Republicans in Congress objected.";
        assertThat(shown(PlaceContext.apply(text, "Congress"::equals, tagged(text, "Congress", EntityType.ORGANIZATION))))
                .containsExactly("Congress/ORGANIZATION");
    }

    @Test
    void makesOneNameOfWordsJoinedByAConnectingVowel() {
        // Issue 15: "Jamaat" of "Jamaat-i-Islami" was a name of its own.
        String text = "He was named leader of Tehrik Taliban-i-Pakistan, which the Jamaat-i-Islami (Islamic Party) condemned.";
        List<org.sitrep.core.Mention> mentions = tagged(text, "Taliban", EntityType.ORGANIZATION, "Pakistan", EntityType.LOCATION,
                "Jamaat", EntityType.ORGANIZATION).stream().map(LinkedMention::mention).toList();
        assertThat(ConnectedNames.joined(text, mentions).stream().map(m -> m.text() + "/" + m.type()).toList())
                .containsExactly("Tehrik Taliban-i-Pakistan/ORGANIZATION", "Jamaat-i-Islami/ORGANIZATION");
    }

    @Test
    void joinsAPersonsConnectedNameThatAWordFollows() {
        // Issue 15: a connected name with a person's part and a space after it threw on a page of the L3S-GN1 pool.
        String text = "General Muhammad Zia-ul-Haq said the army would stay.";
        List<org.sitrep.core.Mention> mentions = tagged(text, "Muhammad Zia", EntityType.PERSON).stream().map(LinkedMention::mention).toList();
        assertThat(ConnectedNames.joined(text, mentions).stream().map(m -> m.text() + "/" + m.type()).toList())
                .containsExactly("Muhammad Zia-ul-Haq/PERSON");
    }

    @Test
    void linksTheTranslationInBracketsAfterAConnectedName() {
        String text = "the Jamaat-i-Islami (Islamic Party) and others";
        List<LinkedMention> linked = tagged(text, "Jamaat-i-Islami", EntityType.ORGANIZATION, "Islamic Party", EntityType.ORGANIZATION);
        assertThat(ConnectedNames.glossed(text, linked).stream().map(m -> m.entity().name()).toList())
                .containsExactly("Jamaat-i-Islami", "Jamaat-i-Islami");
    }

    @Test
    void takesABodysNameOverOfToThePlaceItBelongsTo() {
        String text = "They met at the Islamic Center of Boston on Sunday.";
        List<org.sitrep.core.Mention> mentions = tagged(text, "Islamic Center", EntityType.ORGANIZATION, "Boston", EntityType.LOCATION)
                .stream().map(LinkedMention::mention).toList();
        assertThat(BodyNames.joined(text, mentions).stream().map(m -> m.text() + "/" + m.type()).toList())
                .containsExactly("Islamic Center of Boston/ORGANIZATION");
    }

    @Test
    void mentionsAPlaceDescribedByTheKnowledgeBaseByItsNameAlone() {
        String text = "raids in the occupied West Bank and al-Bab";
        int at = text.indexOf("occupied");
        assertThat(PlaceModifiers.trimmed(text, new org.sitrep.core.Span(at, at + "occupied West Bank".length())).of(text)).isEqualTo("West Bank");
        int bab = text.indexOf("al-Bab");
        assertThat(PlaceModifiers.trimmed(text, new org.sitrep.core.Span(bab, bab + 6)).of(text)).isEqualTo("al-Bab");
    }

    @Test
    void namesJoinedAfterAPluralWordForPlacesAndOfArePlaces() {
        // Field dev: "the towns of Soran and Maardas" left Soran a person.
        String text = "Rebels seized points inside the towns of Soran and Maardas on Tuesday.";
        assertThat(shown(PlaceContext.apply(text, name -> false, tagged(text, "Soran", EntityType.PERSON))))
                .containsExactly("Soran/LOCATION");
    }

    @Test
    void aNameListedWithPlacesOnlyIsAPlace() {
        // Field dev: "Qaim, Rawa, Samarra and Ramadi" left Qaim a person.
        String text = "We say to our people in Qaim, Rawa, Samarra and Ramadi, we are coming.";
        assertThat(shown(PlaceContext.apply(text, name -> false, tagged(text, "Qaim", EntityType.PERSON, "Rawa", EntityType.LOCATION,
                "Samarra", EntityType.LOCATION, "Ramadi", EntityType.LOCATION)))).startsWith("Qaim/LOCATION");
    }

    @Test
    void aPersonListedWithPeopleAndAPlaceStaysAPerson() {
        String text = "Putin, Erdogan and Iran met.";
        assertThat(shown(PlaceContext.apply(text, name -> false, tagged(text, "Putin", EntityType.PERSON, "Erdogan", EntityType.PERSON,
                "Iran", EntityType.LOCATION)))).startsWith("Putin/PERSON", "Erdogan/PERSON");
    }

    @Test
    void namesJoinedByAndBeforePluralNeighbourhoodsArePlaces() {
        // Field dev: "the eastern Jobar and Qaboun neighborhoods" left Jobar a person.
        String text = "Tanks moved to the eastern Jobar and Qaboun neighborhoods.";
        assertThat(shown(PlaceWords.coordinated(text, tagged(text, "Jobar", EntityType.PERSON, "Qaboun", EntityType.PERSON))))
                .containsExactly("Jobar/LOCATION", "Qaboun/LOCATION");
    }

    @Test
    void aWireServiceAfterADatelinesCountryIsNotDefinedAsThatCountry() {
        String text = "CANBERRA, Australia (AP) - Ministers met. AP photographers were there.";
        assertThat(AcronymDefinitions.apply(text, tagged(text, "CANBERRA", EntityType.LOCATION, "Australia", EntityType.LOCATION,
                "AP", EntityType.ORGANIZATION, "AP", EntityType.ORGANIZATION))).filteredOn(m -> m.mention().text().equals("AP"))
                .extracting(m -> m.entity().name()).containsOnly("AP");
    }

    @Test
    void anAcronymStandsForTheUntaggedNameWrittenOutBesideItWithoutBrackets() {
        // Field dev ce-f130: "PNAC - \"The Project For The New American Century\"" left PNAC's aims to "PNAC".
        String text = "Read about PNAC - \"The Project For The New American Century\" - today. PNAC's aims are clear.";
        assertThat(AcronymDefinitions.spelledOut(text, tagged(text, "PNAC", EntityType.ORGANIZATION, "PNAC", EntityType.ORGANIZATION)))
                .extracting(m -> m.mention().text() + "=" + m.entity().name())
                .containsExactly("PNAC=Project For The New American Century",
                        "Project For The New American Century=Project For The New American Century",
                        "PNAC=Project For The New American Century");
    }

    @Test
    void anAcronymKeepsItsOwnEntityWhenTheWordsItsLettersSpellStandFarFromIt() {
        String text = "The IFJ spoke first. Much later, an Independent Film Jury gave prizes to three films of the year.";
        assertThat(AcronymDefinitions.spelledOut(text, tagged(text, "IFJ", EntityType.ORGANIZATION)))
                .extracting(m -> m.entity().name()).containsExactly("IFJ");
    }

    @Test
    void anAcronymDefinedAfterTheNameItsLettersSpellStandsForIt() {
        String text = "The Israel Defense Forces (IDF) said so. The IDF added more.";
        assertThat(AcronymDefinitions.apply(text, tagged(text, "Israel Defense Forces", EntityType.ORGANIZATION, "IDF", EntityType.ORGANIZATION,
                "IDF", EntityType.ORGANIZATION))).filteredOn(m -> m.mention().text().equals("IDF"))
                .extracting(m -> m.entity().name()).containsOnly("Israel Defense Forces");
    }

    @Test
    void anAcronymDefinedByAWeaponsInitialsIsAThing() {
        // Field dev: "Joint Direct Attack Munitions (JDAM)" was an organisation.
        String text = "It will sell Joint Direct Attack Munitions (JDAM) kits. The JDAM kits are precise.";
        assertThat(shown(AcronymDefinitions.apply(text, List.of()))).contains("Joint Direct Attack Munitions/MISC", "JDAM/MISC");
    }

    @Test
    void theOutletNamedOnlyInTheHeadlineIsNoEntityOfTheArticle() {
        Article a = new Article(null, "The Guardian view on Hong Kong", List.of(), null, "the Guardian", null, List.of(),
                List.of("Hong Kong is burning."), "en");
        String text = a.text();
        assertThat(shown(HeadlineOutlets.without(a, tagged(text, "The Guardian", EntityType.ORGANIZATION, "Hong Kong", EntityType.LOCATION,
                "Hong Kong", EntityType.LOCATION)))).containsExactly("Hong Kong/LOCATION", "Hong Kong/LOCATION");
    }

    @Test
    void theOutletNamedInTheBodyTooStays() {
        Article a = new Article(null, "The Guardian view", List.of(), null, "the Guardian", null, List.of(),
                List.of("The Guardian has learned it."), "en");
        String text = a.text();
        assertThat(shown(HeadlineOutlets.without(a, tagged(text, "The Guardian", EntityType.ORGANIZATION,
                "The Guardian", EntityType.ORGANIZATION)))).hasSize(2);
    }
}
