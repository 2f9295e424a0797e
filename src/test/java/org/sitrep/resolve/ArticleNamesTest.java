package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.EntityType;
import org.sitrep.core.LinkedMention;

/** Joining the names of one article (issue 15: surnames in headlines, two types for one name, junk words). */
class ArticleNamesTest {
    private static List<LinkedMention> tagged(String text, Object... nameAndType) {
        return TaggedMentions.tagged(text, nameAndType);
    }

    private static List<String> entityOf(List<LinkedMention> joined) {
        return joined.stream().map(m -> m.mention().text() + "=" + m.entity().name() + "/" + m.entity().type()).toList();
    }

    @Test
    void joinsAnAcronymToTheOneOrganisationWhoseInitialsItSpells() {
        // Issue 15: "IMF" and "International Monetary Fund" were two entities of one article.
        String text = "The International Monetary Fund cut its outlook. The IMF expects growth of 2.7% and the Federal Bureau of Investigation, the FBI, agrees.";
        assertThat(entityOf(ArticleNames.join(text, tagged(text, "International Monetary Fund", EntityType.ORGANIZATION,
                "IMF", EntityType.ORGANIZATION, "Federal Bureau of Investigation", EntityType.ORGANIZATION, "FBI", EntityType.ORGANIZATION))))
                .contains("IMF=International Monetary Fund/ORGANIZATION", "FBI=Federal Bureau of Investigation/ORGANIZATION");
    }

    @Test
    void joinsThreeInitialsToTheOnePersonWhoseFullNameTheySpell() {
        String text = "Victor Davis Hanson wrote again. In May 2004, VDH warned that the war could be won.";
        assertThat(entityOf(ArticleNames.join(text, tagged(text, "Victor Davis Hanson", EntityType.PERSON, "VDH", EntityType.ORGANIZATION))))
                .contains("VDH=Victor Davis Hanson/PERSON");
    }

    @Test
    void leavesTwoLettersThatAPersonsTwoInitialsSpellToTheirOwnEntity() {
        String text = "Ursula Nelson met reporters. The UN said it would help.";
        assertThat(entityOf(ArticleNames.join(text, tagged(text, "Ursula Nelson", EntityType.PERSON, "UN", EntityType.ORGANIZATION))))
                .contains("UN=UN/ORGANIZATION");
    }

    @Test
    void joinsASurnameInTheHeadlineToTheFullNameInTheBody() {
        String text = "Weldon meets leader\n\nFormer congressman Curt Weldon said on Monday that he had met him.";
        assertThat(entityOf(ArticleNames.join(text, tagged(text, "Weldon", EntityType.PERSON, "Curt Weldon", EntityType.PERSON))))
                .containsExactly("Weldon=Curt Weldon/PERSON", "Curt Weldon=Curt Weldon/PERSON");
    }

    @Test
    void joinsSurnamesWrittenInCapitalsOrWithoutTheirArticle() {
        String text = "Sheikh Sabah Al-Ahmed Al-Sabah met Mubarak al-Shabwani. AL-SABAH said Shabwani left.";
        assertThat(entityOf(ArticleNames.join(text, tagged(text, "Sabah Al-Ahmed Al-Sabah", EntityType.PERSON,
                "Mubarak al-Shabwani", EntityType.PERSON, "AL-SABAH", EntityType.PERSON, "Shabwani", EntityType.PERSON))))
                .contains("AL-SABAH=Sabah Al-Ahmed Al-Sabah/PERSON", "Shabwani=Mubarak al-Shabwani/PERSON");
    }

    @Test
    void joinsASurnameTheTaggerCalledAPlaceToThePerson() {
        String text = "Vice President Dick Cheney spoke. Cheney said the war would be short.";
        assertThat(entityOf(ArticleNames.join(text, tagged(text, "Dick Cheney", EntityType.PERSON, "Cheney", EntityType.LOCATION))))
                .containsExactly("Dick Cheney=Dick Cheney/PERSON", "Cheney=Dick Cheney/PERSON");
    }

    @Test
    void leavesASurnameSharedByTwoPeopleOfTheArticleAlone() {
        String text = "George W. Bush and Jeb Bush met. Bush said nothing.";
        assertThat(entityOf(ArticleNames.join(text, tagged(text, "George W. Bush", EntityType.PERSON, "Jeb Bush", EntityType.PERSON,
                "Bush", EntityType.PERSON)))).contains("Bush=Bush/PERSON");
    }

    @Test
    void typesAPlaceWordThatIsTheSurnameOfTwoPeopleOfTheArticleAsAPerson() {
        String text = "Nicolai Howard Mork was arrested. His mother Joan Mork paid. Mork denied it.";
        assertThat(entityOf(ArticleNames.join(text, tagged(text, "Nicolai Howard Mork", EntityType.PERSON, "Joan Mork", EntityType.PERSON,
                "Mork", EntityType.LOCATION))).get(2)).isEqualTo("Mork=Mork/PERSON");
    }

    @Test
    void joinsAPlaceWordThatIsTheFirstNameOfOnePersonOfTheArticleToThem() {
        String text = "Harbhajan Singh was banned. Harbhajan denied the charge.";
        assertThat(entityOf(ArticleNames.join(text, tagged(text, "Harbhajan Singh", EntityType.PERSON, "Harbhajan", EntityType.LOCATION))))
                .containsExactly("Harbhajan Singh=Harbhajan Singh/PERSON", "Harbhajan=Harbhajan Singh/PERSON");
    }

    @Test
    void keepsAKnownPlaceThatIsTheFirstNameOfAPersonOfTheArticle() {
        String text = "Israel Katz said Israel would respond.";
        List<LinkedMention> linked = new java.util.ArrayList<>(tagged(text, "Israel Katz", EntityType.PERSON));
        linked.add(new LinkedMention(new org.sitrep.core.Mention(new org.sitrep.core.Span(17, 23), "Israel", EntityType.LOCATION),
                new org.sitrep.core.Entity(EntityKeys.knownId(EntityType.LOCATION, "Israel"), "Israel", EntityType.LOCATION, "place")));
        assertThat(entityOf(ArticleNames.join(text, linked)).get(1)).isEqualTo("Israel=Israel/LOCATION");
    }

    @Test
    void joinsAFullNameWithoutItsSuffixOrMiddleInitial() {
        String text = "Donald Oaks Jr. was charged. Donald Oaks denied it.";
        assertThat(entityOf(ArticleNames.join(text, tagged(text, "Donald Oaks Jr.", EntityType.PERSON, "Donald Oaks", EntityType.PERSON))))
                .containsExactly("Donald Oaks Jr.=Donald Oaks Jr./PERSON", "Donald Oaks=Donald Oaks Jr./PERSON");
    }

    @Test
    void givesANameTypedTwoWaysOneEntity() {
        String text = "Police in Erie said the man lived in Erie.";
        assertThat(entityOf(ArticleNames.join(text, tagged(text, "Erie", EntityType.PERSON, "Erie", EntityType.LOCATION))))
                .containsExactly("Erie=Erie/LOCATION", "Erie=Erie/LOCATION");
    }

    @Test
    void countsAMentionOpeningASentenceLessWhenANameIsTypedTwoWays() {
        String text = "Bilal and Ikramullah were there. Ikramullah did it.";
        assertThat(entityOf(ArticleNames.join(text, tagged(text, "Ikramullah", EntityType.PERSON, "Ikramullah", EntityType.ORGANIZATION))))
                .containsExactly("Ikramullah=Ikramullah/PERSON", "Ikramullah=Ikramullah/PERSON");
    }

    @Test
    void leavesOutOrdinaryWordsTheTaggerTookForNames() {
        String text = "Witnesses said the witnesses fled. Increasingly, WANTED posters appeared. Hamid stayed.";
        assertThat(entityOf(ArticleNames.join(text, tagged(text, "Witnesses", EntityType.PERSON, "Increasingly", EntityType.PERSON,
                "WANTED", EntityType.PERSON, "Hamid", EntityType.PERSON)))).containsExactly("Hamid=Hamid/PERSON");
    }

    @Test
    void readsInitialsWithAndWithoutDotsAsOneKey() {
        assertThat(EntityKeys.key("U.S")).isEqualTo(EntityKeys.key("US"));
        assertThat(EntityKeys.key("F.B.I.")).isEqualTo(EntityKeys.key("FBI"));
    }

    @Test
    void joinsALoneOrganisationWordToTheOneLongerOrganisationEndingWithIt() {
        // Issue 15: "Army" stood beside "U.S. Army" as a second entity.
        String text = "The U.S. Army said on Monday that the Army would send more troops.";
        assertThat(entityOf(ArticleNames.join(text, tagged(text, "U.S. Army", EntityType.ORGANIZATION, "Army", EntityType.ORGANIZATION))))
                .containsExactly("U.S. Army=U.S. Army/ORGANIZATION", "Army=U.S. Army/ORGANIZATION");
    }

    @Test
    void joinsABodysShortNameToTheOneLongerNameHoldingItsWordsInOrderWithTheSameHead() {
        // Field dev: "Holocaust Museum" stood beside "U.S. Holocaust Memorial Museum" as a second body.
        String text = "Inspired by the U.S. Holocaust Memorial Museum, he joined the board of the Holocaust Museum.";
        assertThat(entityOf(ArticleNames.join(text, tagged(text, "U.S. Holocaust Memorial Museum", EntityType.ORGANIZATION,
                "Holocaust Museum", EntityType.ORGANIZATION))))
                .containsExactly("U.S. Holocaust Memorial Museum=U.S. Holocaust Memorial Museum/ORGANIZATION",
                        "Holocaust Museum=U.S. Holocaust Memorial Museum/ORGANIZATION");
    }

    @Test
    void doesNotJoinABodysShortNameThatTwoLongerNamesHold() {
        String text = "The U.S. Holocaust Memorial Museum and the Holocaust Art Museum lent to the Holocaust Museum.";
        assertThat(entityOf(ArticleNames.join(text, tagged(text, "U.S. Holocaust Memorial Museum", EntityType.ORGANIZATION,
                "Holocaust Art Museum", EntityType.ORGANIZATION, "Holocaust Museum", EntityType.ORGANIZATION))))
                .contains("Holocaust Museum=Holocaust Museum/ORGANIZATION");
    }

    @Test
    void joinsAFamiliarFirstNameToTheFullNameWithTheFormalOne() {
        // Issue 15, field dev: "Thomas E. Franklin" and "Tom Franklin" were two people.
        String text = "The photo by Thomas E. Franklin became famous. Tom Franklin said the flag was gone.";
        assertThat(entityOf(ArticleNames.join(text, tagged(text, "Thomas E. Franklin", EntityType.PERSON, "Tom Franklin", EntityType.PERSON))))
                .containsExactly("Thomas E. Franklin=Thomas E. Franklin/PERSON", "Tom Franklin=Thomas E. Franklin/PERSON");
    }

    @Test
    void keepsTwoPeopleOfOneSurnameWhoseFirstNamesAreNoFamiliarForms() {
        String text = "Jeb Bush spoke of George Bush.";
        assertThat(entityOf(ArticleNames.join(text, tagged(text, "Jeb Bush", EntityType.PERSON, "George Bush", EntityType.PERSON))))
                .containsExactly("Jeb Bush=Jeb Bush/PERSON", "George Bush=George Bush/PERSON");
    }

    @Test
    void joinsASquareNamedWithoutTheWordSquareToTheSquare() {
        // Issue 15, field dev: "Tahrir Square" and "In Tahrir, chants ..." were two places.
        String text = "Protesters filled Tahrir Square on Sunday. In Tahrir, chants went on.";
        assertThat(entityOf(ArticleNames.join(text, tagged(text, "Tahrir Square", EntityType.LOCATION, "Tahrir", EntityType.LOCATION))))
                .containsExactly("Tahrir Square=Tahrir Square/LOCATION", "Tahrir=Tahrir Square/LOCATION");
    }

    @Test
    void joinsAPlaceToItsLongerNameWithAWordForAPlaceButNotToAnEventHeldThere() {
        String text = "Alerts went out across New York City. Police in New York said the New Jersey Bombings suspect was held in New Jersey.";
        assertThat(entityOf(ArticleNames.join(text, tagged(text, "New York City", EntityType.LOCATION, "New York", EntityType.LOCATION,
                "New Jersey Bombings", EntityType.LOCATION, "New Jersey", EntityType.LOCATION))))
                .containsExactly("New York City=New York City/LOCATION", "New York=New York City/LOCATION",
                        "New Jersey Bombings=New Jersey Bombings/LOCATION", "New Jersey=New Jersey/LOCATION");
    }

    @Test
    void givesABareSurnameToThePersonNamedFarMoreOftenThanAnyOtherOfThatSurname() {
        String text = "George W. Bush spoke. George W. Bush left. Jeb Bush stayed. Bush said no.";
        assertThat(entityOf(ArticleNames.join(text, tagged(text, "George W. Bush", EntityType.PERSON, "George W. Bush", EntityType.PERSON,
                "Jeb Bush", EntityType.PERSON, "Bush", EntityType.PERSON))).get(3)).isEqualTo("Bush=George W. Bush/PERSON");
    }

    @Test
    void joinsASurnameSpelledWithOneConsonantForTwoToTheFullName() {
        // Issue 15: "Asad" beside "Bashar Assad", "Rios Mont" beside "Efrain Rios Montt" were other people.
        String text = "Efrain Rios Montt met Bashar Assad. Rios Mont said Asad agreed.";
        assertThat(entityOf(ArticleNames.join(text, tagged(text, "Efrain Rios Montt", EntityType.PERSON, "Bashar Assad", EntityType.PERSON,
                "Rios Mont", EntityType.PERSON, "Asad", EntityType.PERSON))))
                .contains("Rios Mont=Efrain Rios Montt/PERSON", "Asad=Bashar Assad/PERSON");
    }

    @Test
    void joinsAFullNameSpeltWithOtherVowelsToTheNameTheArticleUsesMore() {
        // Issue 15: "Mohamed Morsi" beside "Mohammed Morsi" (twice) and "Mojtaba Khamanei" beside "Mojtaba Khamenei" were two people.
        String text = "Mohammed Morsi spoke. Mohamed Morsi left. Mohammed Morsi returned.";
        assertThat(entityOf(ArticleNames.join(text, tagged(text, "Mohammed Morsi", EntityType.PERSON, "Mohamed Morsi", EntityType.PERSON,
                "Mohammed Morsi", EntityType.PERSON))))
                .containsExactly("Mohammed Morsi=Mohammed Morsi/PERSON", "Mohamed Morsi=Mohammed Morsi/PERSON",
                        "Mohammed Morsi=Mohammed Morsi/PERSON");
    }

    @Test
    void joinsAPlaceSpeltOnceWithAnotherVowelToThePlaceTheArticleNamesMore() {
        // Issue 15 (field dev): "Guatamala" beside "Guatemala" (twice) were two places.
        String text = "Guatemala voted. Guatamala objected. Guatemala left.";
        assertThat(entityOf(ArticleNames.join(text, tagged(text, "Guatemala", EntityType.LOCATION, "Guatamala", EntityType.LOCATION,
                "Guatemala", EntityType.LOCATION))))
                .containsExactly("Guatemala=Guatemala/LOCATION", "Guatamala=Guatemala/LOCATION", "Guatemala=Guatemala/LOCATION");
    }

    @Test
    void keepsTwoShortPlaceNamesApartThatDifferInAVowel() {
        String text = "Gaza and Giza met.";
        assertThat(entityOf(ArticleNames.join(text, tagged(text, "Gaza", EntityType.LOCATION, "Giza", EntityType.LOCATION))))
                .containsExactly("Gaza=Gaza/LOCATION", "Giza=Giza/LOCATION");
    }

    @Test
    void keepsTwoFullNamesApartWhoseShortWordsDifferInAVowel() {
        String text = "Dan Brown met Don Brown.";
        assertThat(entityOf(ArticleNames.join(text, tagged(text, "Dan Brown", EntityType.PERSON, "Don Brown", EntityType.PERSON))))
                .containsExactly("Dan Brown=Dan Brown/PERSON", "Don Brown=Don Brown/PERSON");
    }

    @Test
    void joinsTheFirstWordsOfOneLongerNameToIt() {
        String text = "Abu Omar al-Baghdadi leads the group. Abu Omar spoke.";
        assertThat(entityOf(ArticleNames.join(text, tagged(text, "Abu Omar al-Baghdadi", EntityType.PERSON, "Abu Omar", EntityType.PERSON))))
                .containsExactly("Abu Omar al-Baghdadi=Abu Omar al-Baghdadi/PERSON", "Abu Omar=Abu Omar al-Baghdadi/PERSON");
    }

    @Test
    void joinsAFirstNameToItsPersonWrittenAlsoInCapitals() {
        // A transcript's label "PHILIP GOUREVITCH" and the text's "Philip Gourevitch" are one person, so "Philip" is too.
        String text = "PHILIP GOUREVITCH: Yes.\n\nPhilip Gourevitch writes. As Philip said, no.";
        assertThat(entityOf(ArticleNames.join(text, tagged(text, "PHILIP GOUREVITCH", EntityType.PERSON, "Philip Gourevitch", EntityType.PERSON,
                "Philip", EntityType.PERSON)))).contains("Philip=Philip Gourevitch/PERSON");
    }

    @Test
    void joinsTheLastWordsOfOneLongerOrganisationToIt() {
        String text = "The Pakistan People's Party won. The People's Party said so.";
        assertThat(entityOf(ArticleNames.join(text, tagged(text, "Pakistan People's Party", EntityType.ORGANIZATION,
                "People's Party", EntityType.ORGANIZATION)))).contains("People's Party=Pakistan People's Party/ORGANIZATION");
    }

    @Test
    void joinsAStatesShortNameToItsFormalName() {
        String text = "The Democratic Republic of the Congo is large. Congo has rivers.";
        assertThat(entityOf(ArticleNames.join(text, tagged(text, "Democratic Republic of the Congo", EntityType.LOCATION,
                "Congo", EntityType.LOCATION)))).contains("Congo=Democratic Republic of the Congo/LOCATION");
    }

    @Test
    void typesAnAlNameThatEndsNoPersonsNameAsAnOrganisation() {
        String text = "Members of Al-Muhajiroun marched. Sheikh Sabah Al-Ahmed Al-Sabah spoke; Al-Sabah left.";
        assertThat(entityOf(ArticleNames.join(text, tagged(text, "Al-Muhajiroun", EntityType.PERSON,
                "Sabah Al-Ahmed Al-Sabah", EntityType.PERSON, "Al-Sabah", EntityType.PERSON))))
                .contains("Al-Muhajiroun=Al-Muhajiroun/ORGANIZATION", "Al-Sabah=Sabah Al-Ahmed Al-Sabah/PERSON");
    }

    @Test
    void joinsAnOrganisationsNameBeforeItsOfToTheFullNameOfTheArticle() {
        // Issue 15: "Reform Party" after "Reform Party of Syria" was a second entity.
        String text = "The Reform Party of Syria met in Washington. The Reform Party said it backs the talks.";
        assertThat(entityOf(ArticleNames.join(text, tagged(text, "Reform Party of Syria", EntityType.ORGANIZATION,
                "Reform Party", EntityType.ORGANIZATION))))
                .containsExactly("Reform Party of Syria=Reform Party of Syria/ORGANIZATION", "Reform Party=Reform Party of Syria/ORGANIZATION");
    }

    @Test
    void joinsAnOrganisationsHeadNounBeforeOfToItsFullName() {
        // Issue 15: "the Tigers" and Liberation Tigers of Tamil Eelam were two entities of one article.
        String text = "Members of the Liberation Tigers of Tamil Eelam were killed. The Tigers denied it.";
        assertThat(entityOf(ArticleNames.join(text, tagged(text, "Liberation Tigers of Tamil Eelam", EntityType.ORGANIZATION,
                "Tigers", EntityType.ORGANIZATION)))).contains("Tigers=Liberation Tigers of Tamil Eelam/ORGANIZATION");
    }

    @Test
    void joinsACompanysFirstWordToItsFullName() {
        // Field dev: "Global" was an entity apart from Global Strategies Group.
        String text = "Global Strategies Group guards the border. Global said its guards were safe.";
        assertThat(entityOf(ArticleNames.join(text, tagged(text, "Global Strategies Group", EntityType.ORGANIZATION,
                "Global", EntityType.ORGANIZATION)))).contains("Global=Global Strategies Group/ORGANIZATION");
    }

    @Test
    void joinsACompanysNameWithoutItsLegalFormToItsFullName() {
        // Issue 15: "Abt" (typed a person) and "Creative Associates" were entities apart from their companies' full names.
        String text = "Abt Associates Inc. won a contract, as did Creative Associates International. Abt found nurses. Creative Associates foresees delays.";
        assertThat(entityOf(ArticleNames.join(text, tagged(text, "Abt Associates Inc.", EntityType.ORGANIZATION,
                "Creative Associates International", EntityType.ORGANIZATION, "Abt", EntityType.PERSON,
                "Creative Associates", EntityType.ORGANIZATION))))
                .contains("Abt=Abt Associates Inc./ORGANIZATION", "Creative Associates=Creative Associates International/ORGANIZATION");
    }

    @Test
    void joinsASurnameThroughAShorterFullNameToTheLongestOne() {
        // Wikinews demo: "Luk" went to "John Luk", which went to "John Luk Jok": two entities of one man.
        String text = "John Luk Jok died. Luk was ill. John Luk had contributed a lot.";
        assertThat(entityOf(ArticleNames.join(text, tagged(text, "John Luk Jok", EntityType.PERSON, "Luk", EntityType.PERSON,
                "John Luk", EntityType.PERSON))))
                .containsExactly("John Luk Jok=John Luk Jok/PERSON", "Luk=John Luk Jok/PERSON", "John Luk=John Luk Jok/PERSON");
    }

    @Test
    void joinsAPlaceToItsHeightsAndABroadcasterToItsNameWithoutTheMedium() {
        // Field dev: "Golan" beside "Golan Heights", "Manar" beside "Manar TV" were two entities each.
        String text = "Israel holds the Golan Heights. Speaking to Manar TV, he spoke of the Golan. Manar said so.";
        assertThat(entityOf(ArticleNames.join(text, tagged(text, "Golan Heights", EntityType.LOCATION, "Manar TV", EntityType.ORGANIZATION,
                "Golan", EntityType.LOCATION, "Manar", EntityType.ORGANIZATION))))
                .contains("Golan=Golan Heights/LOCATION", "Manar=Manar TV/ORGANIZATION");
    }

    @Test
    void joinsTheNorthToNorthKoreaButNotTheWestToTheWestBank() {
        String text = "North Korea fired a missile. Beyond warning the North, the West looked to the West Bank.";
        assertThat(entityOf(ArticleNames.join(text, tagged(text, "North Korea", EntityType.LOCATION, "North", EntityType.LOCATION,
                "West", EntityType.LOCATION, "West Bank", EntityType.LOCATION))))
                .contains("North=North Korea/LOCATION", "West=West/LOCATION");
    }

    @Test
    void joinsABodysShortNameWrittenWithTheToItsLongerName() {
        String text = "The Boston Globe reported it first. The Globe said the family had left.";
        assertThat(entityOf(ArticleNames.join(text, tagged(text, "The Boston Globe", EntityType.ORGANIZATION,
                "The Globe", EntityType.ORGANIZATION))))
                .containsExactly("The Boston Globe=The Boston Globe/ORGANIZATION", "The Globe=The Boston Globe/ORGANIZATION");
    }

    @Test
    void joinsABodysNameWithoutTheToTheSameNameWithIt() {
        String text = "The Health Protection Agency warned. Health Protection Agency staff said so.";
        assertThat(entityOf(ArticleNames.join(text, tagged(text, "The Health Protection Agency", EntityType.ORGANIZATION,
                "Health Protection Agency", EntityType.ORGANIZATION))))
                .containsExactly("The Health Protection Agency=The Health Protection Agency/ORGANIZATION",
                        "Health Protection Agency=The Health Protection Agency/ORGANIZATION");
    }
}
