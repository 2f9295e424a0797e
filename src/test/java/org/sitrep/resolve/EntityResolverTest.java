package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Annotated;
import org.sitrep.core.Article;
import org.sitrep.core.EntityType;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Mention;
import org.sitrep.core.Span;

/** Linking an article's tagged names through the shipped knowledge base (issue 15: surnames, types from a name's shape). */
class EntityResolverTest {
    private static final EntityResolver RESOLVER = new EntityResolver();

    /** The entities of the text as an article of 2001-01-23, with each name's every occurrence a mention of its type. */
    private static List<String> linked(String text, Object... nameAndType) {
        return resolved(text, nameAndType).stream().map(LinkedMention::entity).map(e -> e.name() + "/" + e.type()).distinct().toList();
    }

    /** The links of the text as an article of 2001-01-23, with each name's every occurrence a mention of its type. */
    private static List<LinkedMention> resolved(String text, Object... nameAndType) {
        Article a = new Article(null, "", List.of(), LocalDate.of(2001, 1, 23), null, null, List.of(), List.of(text), "en");
        String full = a.text();
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < nameAndType.length; i += 2) {
            String name = (String) nameAndType[i];
            for (int at = full.indexOf(name); at >= 0; at = full.indexOf(name, at + 1)) {
                boolean wordStart = at == 0 || !Character.isLetter(full.charAt(at - 1));
                boolean wordEnd = at + name.length() == full.length() || !Character.isLetter(full.charAt(at + name.length()));
                if (wordStart && wordEnd) {
                    mentions.add(new Mention(new Span(at, at + name.length()), name, (EntityType) nameAndType[i + 1]));
                }
            }
        }
        mentions.sort(java.util.Comparator.comparing(Mention::span));
        return RESOLVER.resolve(new Annotated(a, List.of(), List.of(), mentions, List.of()));
    }

    @Test
    void takesTheTitleOffASpeakersNameTheTaggerMissed() {
        // Field dev (VOA): "Mr. Tusk announced" gave a person "Mr. Tusk", no form of Donald Tusk.
        String text = "After the vote, Mr. Tusk announced a trip.";
        int at = text.indexOf("Mr.");
        Mention named = new Mention(new Span(at, at + "Mr. Tusk".length()), "Mr. Tusk", EntityType.PERSON);
        assertThat(EntityResolver.ownName(text, named).text()).isEqualTo("Tusk");
        Mention body = new Mention(new Span(at, at + "Mr. Tusk".length()), "Mr. Tusk", EntityType.ORGANIZATION);
        assertThat(EntityResolver.ownName(text, body)).isEqualTo(body);
    }

    @Test
    void typesANameAsTheTaggerMostOftenDoesInTheArticle() {
        // A speaker's name the tagger missed ("Anthropic said") was a person beside the tagger's organisation of the same name.
        Mention org1 = new Mention(new Span(0, 9), "Anthropic", EntityType.ORGANIZATION);
        Mention person = new Mention(new Span(20, 29), "Anthropic", EntityType.PERSON);
        Mention org2 = new Mention(new Span(40, 49), "Anthropic", EntityType.ORGANIZATION);
        assertThat(EntityResolver.taggedTypes(List.of(org1, person, org2))).containsEntry("anthropic", EntityType.ORGANIZATION);
    }

    @Test
    void knowsANameWrittenWithAHyphenInsideAWordTheKnowledgeBaseWritesWhole() {
        // Issue 15: "Gulf Co-operation Council" was a body of its own beside "GCC", the knowledge base's Gulf Cooperation Council.
        assertThat(linked("The Gulf Co-operation Council met. The GCC said so.", "Gulf Co-operation Council", EntityType.ORGANIZATION,
                "GCC", EntityType.ORGANIZATION)).containsExactly("Gulf Cooperation Council/ORGANIZATION");
    }

    @Test
    void namesAKnownBodyWithoutItsOwnersPossessive() {
        // Issue 15: the alias "Russia's Federal Security Service" was the mention, not the service's own name.
        assertThat(resolved("Russia\u2019s Federal Security Service declined to comment.",
                "Russia\u2019s Federal Security Service", EntityType.ORGANIZATION))
                .extracting(l -> l.mention().text()).containsExactly("Russia", "Federal Security Service");
    }

    @Test
    void namesABodyOfItsOwnApartFromTheKnownPlaceWhosePossessiveOpensIt() {
        // Issue 15 (Wikinews pool): "United States' National Science Foundation" was one body, no gold form.
        assertThat(resolved("The United States' National Science Foundation paid for it.",
                "United States' National Science Foundation", EntityType.ORGANIZATION))
                .extracting(l -> l.mention().text() + "/" + l.entity().type())
                .containsExactly("United States/LOCATION", "National Science Foundation/ORGANIZATION");
    }

    @Test
    void leavesABodyWhosePossessiveIsNoPlaceWhole() {
        assertThat(resolved("The People's Liberation Army moved.", "People's Liberation Army", EntityType.ORGANIZATION))
                .extracting(l -> l.mention().text()).containsExactly("People's Liberation Army");
    }

    @Test
    void givesASurnameOfTheKnowledgeBaseToAnotherBearerTheArticleNamesInFull() {
        // Issue 15: "Kabila" in a story of Laurent Kabila was linked to Joseph Kabila, the knowledge base's bearer.
        assertThat(linked("Laurent Kabila was shot. Kabila had ruled since 1997.", "Laurent Kabila", EntityType.PERSON,
                "Kabila", EntityType.PERSON)).containsExactly("Laurent Kabila/PERSON");
    }

    @Test
    void keepsTheKnowledgeBaseBearerWhenTheFullNameIsTheSamePerson() {
        assertThat(linked("Joseph Kabila spoke. Kabila said so.", "Joseph Kabila", EntityType.PERSON, "Kabila", EntityType.PERSON))
                .containsExactly("Joseph Kabila/PERSON");
    }

    @Test
    void readsAKunyaAsNoGivenName() {
        // "Abu Omar al-Baghdadi" shares "Abu" with Abu Bakr al-Baghdadi, the knowledge base's "al-Baghdadi", and is another man.
        assertThat(linked("Abu Omar al-Baghdadi spoke. Al-Qaida said al-Baghdadi was alive.", "Abu Omar al-Baghdadi", EntityType.PERSON,
                "al-Baghdadi", EntityType.PERSON)).containsExactly("Abu Omar al-Baghdadi/PERSON");
    }

    @Test
    void joinsTwoNamesOfABodyThatSpellItsPlaceDifferently() {
        // Field dev (Wikinews): "the United States Embassy in Baghdad" and "the U.S. Embassy" were two entities.
        assertThat(resolved("The United States Embassy was hit. The U.S. Embassy said so.", "United States Embassy",
                EntityType.ORGANIZATION, "U.S. Embassy", EntityType.ORGANIZATION))
                .extracting(l -> l.entity().id()).containsExactly("organization-united-states-embassy", "organization-united-states-embassy");
    }

    @Test
    void typesAWebAddressAndANameEndingInAWordForABodyAsOrganisations() {
        assertThat(linked("Polygraph.info checked it, and the Middle East Institute agreed.", "Polygraph.info", EntityType.PERSON,
                "Middle East Institute", EntityType.LOCATION))
                .containsExactly("Polygraph.info/ORGANIZATION", "Middle East Institute/ORGANIZATION");
    }

    @Test
    void typesANameEndingInAWordForAnEventOrAgreementAsMisc() {
        // Issue 15: "Dakar Rally" was an organisation; "Institute for the Study of War" stays one.
        assertThat(linked("The Dakar Rally moved. The Institute for the Study of War said so.", "Dakar Rally", EntityType.ORGANIZATION,
                "Institute for the Study of War", EntityType.ORGANIZATION))
                .containsExactly("Dakar Rally/MISC", "Institute for the Study of War/ORGANIZATION");
    }

    @Test
    void linksACountrysOfficialNameToTheCountry() {
        assertThat(linked("The Islamic Republic of Pakistan held elections. Pakistan voted.", "Islamic Republic of Pakistan", EntityType.LOCATION,
                "Pakistan", EntityType.LOCATION)).containsExactly("Pakistan/LOCATION");
    }

    @Test
    void typesNamesByTheirHeadNounsAsBodiesOperationsAndReports() {
        // Issue 15: "National Intelligence Estimate" was an organisation, "Alwaleed Bin Talal Center" a person.
        assertThat(linked("The National Intelligence Estimate came out during Operation Cast Lead. The Alwaleed Bin Talal Center and "
                        + "the Sinjar Resistance Brigade objected.", "National Intelligence Estimate", EntityType.ORGANIZATION,
                "Operation Cast Lead", EntityType.LOCATION, "Alwaleed Bin Talal Center", EntityType.PERSON,
                "Sinjar Resistance Brigade", EntityType.LOCATION))
                .containsExactly("National Intelligence Estimate/MISC", "Operation Cast Lead/MISC", "Alwaleed Bin Talal Center/ORGANIZATION",
                        "Sinjar Resistance Brigade/ORGANIZATION");
    }

    @Test
    void typesACompanyOrPaperNamedByItsHeadWordAsAnOrganisation() {
        // Issue 15: companies and papers the tagger read as people or places by their first words.
        assertThat(linked("Nozomi Networks and the Los Angeles Times reported it.", "Nozomi Networks", EntityType.PERSON,
                "Los Angeles Times", EntityType.LOCATION))
                .containsExactly("Nozomi Networks/ORGANIZATION", "Los Angeles Times/ORGANIZATION");
    }

    @Test
    void typesAOneWordNameWithACapitalInsideAsAnOrganisation() {
        assertThat(linked("PayPal and McCain agreed.", "PayPal", EntityType.PERSON, "McCain", EntityType.PERSON))
                .containsExactly("PayPal/ORGANIZATION", "McCain/PERSON");
    }

    @Test
    void aStormNamedByItsKindIsAThingNotAPerson() {
        // Issue 15: the Wikinews demo had "Hurricane Barry" as a person.
        assertThat(linked("Hurricane Barry flooded the coast.", "Hurricane Barry", EntityType.PERSON))
                .containsExactly("Hurricane Barry/MISC");
    }

    @Test
    void leavesWhereABodyIsBasedOutOfItsName() {
        // Field dev: "Britain-based Syrian Observatory for Human Rights" matched no gold form of the Observatory.
        Article a = new Article(null, "", List.of(), LocalDate.of(2017, 3, 20), null, null, List.of(),
                List.of("Rami Abdel Rahman, head of the Britain-based Syrian Observatory for Human Rights, said so."), "en");
        assertThat(RESOLVER.resolve(new Annotated(a, List.of(), List.of(), List.of(), List.of()), List.of()).entities())
                .extracting(m -> m.mention().text()).containsExactly("Syrian Observatory for Human Rights");
    }

    /** A caption statement whose speaker the caption names as {@code name}, at the caption's start. */
    private static org.sitrep.core.Quote captionStatementBy(String name) {
        Mention named = new Mention(new Span(0, name.length()), name, EntityType.PERSON);
        return new org.sitrep.core.Quote(new Span(name.length() + 6, name.length() + 20), "the road is open",
                org.sitrep.core.QuoteKind.REPORTED, new org.sitrep.core.Speaker(named.span(), name, named, null, null,
                org.sitrep.core.SpeakerBasis.NAME), null, "said", null, null, null, 0);
    }

    private static final org.sitrep.core.Entity HADDAD = new org.sitrep.core.Entity("person-omar-haddad", "Omar Haddad",
            EntityType.PERSON, null);

    @Test
    void givesACaptionsSpeakerTheEntityOfTheTextsPersonOfThatSurname() {
        List<LinkedMention> inText = List.of(new LinkedMention(new Mention(new Span(40, 51), "Omar Haddad", EntityType.PERSON), HADDAD));
        assertThat(RESOLVER.attributeInCaptions(inText, List.of(captionStatementBy("Haddad"))))
                .singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo(HADDAD));
    }

    @Test
    void leavesACaptionsSpeakerTheTextDoesNotNameWithoutAnEntity() {
        List<LinkedMention> inText = List.of(new LinkedMention(new Mention(new Span(40, 51), "Omar Haddad", EntityType.PERSON), HADDAD));
        assertThat(RESOLVER.attributeInCaptions(inText, List.of(captionStatementBy("Rami Nasser"))))
                .singleElement().satisfies(q -> assertThat(q.speaker()).isNull());
    }
}
