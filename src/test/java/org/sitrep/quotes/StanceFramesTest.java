package org.sitrep.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Article;
import org.sitrep.core.ContentType;
import org.sitrep.core.Hints;
import org.sitrep.core.Quote;
import org.sitrep.core.RawPage;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.nlp.CoreNlpAnnotator;

/** Statements framed by a word of will, refusal or promise and its "to" clause (issue 15). */
class StanceFramesTest {
    /** A first paragraph that says nothing, so that the statement under test is no headline's. */
    private static final String LEAD = "The talks in Geneva ended on Friday without a deal.\n\n";

    /** Every reported statement the rules find, none left out by the filter, so the frame is seen alone. */
    static List<Quote> quotesOf(String body) {
        Article a = new ArticleExtractor().extract(new RawPage("t", body.getBytes(StandardCharsets.UTF_8),
                ContentType.BODY_TEXT, null, Instant.EPOCH, new Hints("Headline", LocalDate.of(2016, 3, 5), null, null)));
        return new QuoteAttributor(null, null).find(CoreNlpAnnotator.shared().annotate(a));
    }

    @Test
    void aDenialsObjectEndsBeforeAndWithAnAuxiliary() {
        // field dn-gn-ec407a8c: "and has led" is a second predicate of "He", neither a clause after "denied" nor its object
        List<Quote> quotes = quotesOf(LEAD + "He has always denied any wrongdoing and has led a successful political career.");
        assertThat(quotes).noneMatch(q -> q.text().contains("political career"));
    }

    @Test
    void comparedToWithNoObjectIsNoStatement() {
        // field md-huffpost-gop-takeaways: "compared to 2020" cut the statement "according to recent polls" closes
        List<Quote> quotes = quotesOf(LEAD + "Biden is doing badly with young voters compared to 2020, according to "
                + "recent polls.");
        assertThat(quotes).anyMatch(q -> q.text().equals("Biden is doing badly with young voters compared to 2020"));
    }

    @Test
    void aNounOfReproofTakesItsThatClause() {
        // field md-huffpost-gop-takeaways: "the Biden administration's gentle admonishments that Israel should do more"
        List<Quote> quotes = quotesOf(LEAD + "The candidates ignored the administration's gentle admonishments that Israel "
                + "should do more to protect civilians.");
        assertThat(quotes).anyMatch(q -> q.text().contains("Israel should do more to protect civilians"));
    }

    @Test
    void aDecisionToActIsADeedAndNoStatement() {
        List<Quote> quotes = quotesOf(LEAD + "The city council decided to close the market for a week after the blast.");
        assertThat(quotes).noneMatch(q -> q.text().contains("close the market"));
    }

    @Test
    void aVowToActIsAStatement() {
        List<Quote> quotes = quotesOf(LEAD + "The rebel commander vowed to close the market for a week after the blast.");
        assertThat(quotes).anyMatch(q -> q.text().contains("close the market"));
    }

    @Test
    void anAgreementToActIsADeedAndNoStatement() {
        // issue 15: "agreed" is also an attitude verb, whose frame read the deed agreed to as content
        List<Quote> quotes = quotesOf(LEAD + "Australia agreed to accept up to 1,250 refugees from the camps on Nauru.");
        assertThat(quotes).noneMatch(q -> q.text().contains("accept up to"));
    }

    @Test
    void aRejectionOfAThingIsNoStatement() {
        // issue 15: "rejected the call for talks" names what was rejected, no content (bench/field/GUIDE.md)
        List<Quote> quotes = quotesOf(LEAD + "The rebel commander rejected the proposal of the envoy.");
        assertThat(quotes).noneMatch(q -> q.text().contains("the proposal"));
    }

    @Test
    void aWelcomeOfAnotherOnesAnnouncementIsNoStatement() {
        // issue 15: a possessive's "'s" and an infinitive inside the noun phrase make no clause (bench/field/GUIDE.md)
        List<Quote> quotes = quotesOf(LEAD + "The alliance's chief welcomed Mr Sarkozy's decision to rejoin the command.");
        assertThat(quotes).noneMatch(q -> q.text().contains("decision"));
    }

    @Test
    void aCondemnationOfAnEventIsNoStatement() {
        // issue 15: a noun after an adjective ("a deadly blast") is no verb, and the object names only the event judged
        List<Quote> quotes = quotesOf(LEAD + "Pope Francis condemned a deadly blast at a church in northern Egypt.");
        assertThat(quotes).noneMatch(q -> q.text().contains("blast"));
    }

    @Test
    void aRejectionOfAThingWithAPluralNounIsNoStatement() {
        // field dn-gn-ec407a8c: "challenges" after an adjective is a plural noun, not the verb of a clause
        List<Quote> quotes = quotesOf(LEAD + "On Friday the court rejected the most important legal challenges.");
        assertThat(quotes).noneMatch(q -> q.text().contains("legal challenges"));
    }

    @Test
    void aQuestioningOfAThingIsNoStatement() {
        // field msv-yahoo-ap-egypt-morsi-ouster-protests: what was doubted is named, nothing said of it
        List<Quote> quotes = quotesOf(LEAD + "Morsi's supporters have questioned the authenticity of the signatures.");
        assertThat(quotes).noneMatch(q -> q.text().contains("authenticity"));
    }

    @Test
    void aRejectionOfAClaimWithAClauseIsAStatement() {
        List<Quote> quotes = quotesOf(LEAD + "The rebel commander rejected the claim that his men had fired first.");
        assertThat(quotes).anyMatch(q -> q.text().contains("his men had fired first"));
    }

    @Test
    void aWelcomeWithAClauseIsAStatement() {
        List<Quote> quotes = quotesOf(LEAD + "The alliance's chief welcomed the move, saying it would make Europe safer.");
        assertThat(quotes).anyMatch(q -> q.text().contains("it would make Europe safer"));
    }
    @Test
    void aCondemnationWithAPredicateAfterAsIsAStatement() {
        // issue 15: "condemned the killing as an atrocity" carries what the killing was held to be (bench/field/GUIDE.md)
        List<Quote> quotes = quotesOf(LEAD + "Gordon Brown condemned the killing of the opposition leader as an atrocity.");
        assertThat(quotes).extracting(Quote::text).contains("the killing of the opposition leader as an atrocity");
    }

    @Test
    void aSecondVerbOfStanceAfterAndIsAStatementOfTheSameHolder() {
        // issue 15: "and called for" after a first statement was left unread, for no subject stands right before it
        List<Quote> quotes = quotesOf(LEAD + "Senator Ann Holt criticized the trade deals and called for steep new tariffs on steel.");
        assertThat(quotes).filteredOn(q -> q.text().equals("steep new tariffs on steel")).singleElement()
                .satisfies(q -> assertThat(q.speaker().text()).isEqualTo("Ann Holt"));
    }

    @Test
    void aParticipleCallingForSomethingIsARequest() {
        // issue 15: requests are statements with a noun phrase object (bench/field/GUIDE.md)
        List<Quote> quotes = quotesOf(LEAD + "A group of doctors sent a letter to the dean of the medical school, calling for his dismissal.");
        assertThat(quotes).extracting(Quote::text).contains("his dismissal");
    }

    @Test
    void aParticipleCallingSomethingANameIsNoRequest() {
        List<Quote> quotes = quotesOf(LEAD + "Calling the stance of the envoy fair, the minister left for Baku on Monday.");
        assertThat(quotes).noneMatch(q -> q.text().contains("stance of the envoy"));
    }

    @Test
    void aCommandToAListenerReportsWhatWasAskedFromItsTo() {
        // issue 15: the cue frame read "his troops" as the listener and left the request out
        List<Quote> quotes = quotesOf(LEAD + "The general told his troops to hold their positions until dawn.");
        assertThat(quotes).anyMatch(q -> q.text().startsWith("to hold their positions"));
    }

    @Test
    void aVerbOfUrgingReportsItsObjectAndWhatItIsAskedToDo() {
        // issue 15: an object of three tokens was too long for the "to" frame, and its possessive was read as a verb
        List<Quote> quotes = quotesOf(LEAD + "U.S. officials are also urging Pakistan's army to switch its focus to the border.");
        assertThat(quotes).anyMatch(q -> q.text().startsWith("Pakistan's army to switch"));
    }

    @Test
    void aPluralPresentVerbOfStanceReportsWhatItsSubjectHolds() {
        // issue 15: the bare verb "accuse" was no attitude, though "accuses" and "accused" were
        List<Quote> quotes = quotesOf(LEAD + "Morsi supporters accuse Mubarak loyalists of being behind the protests.");
        assertThat(quotes).anyMatch(q -> q.text().startsWith("Mubarak loyalists of being behind"));
    }

    @Test
    void aBareVerbOfStanceAfterAModalOfASupposedCaseIsADeedAndNoStatement() {
        // issue 15, the seed: "Abandoning Aleppo would condemn 300,000 men ... to a terrible choice" was Aleppo's statement
        List<Quote> quotes = quotesOf(LEAD + "Abandoning Aleppo would condemn 300,000 men, women, and children to a terrible choice.");
        assertThat(quotes).noneMatch(q -> q.text().contains("terrible choice"));
    }

    @Test
    void aBareVerbOfStanceAfterADeterminerIsANounAndNoStatement() {
        List<Quote> quotes = quotesOf(LEAD + "The rebels ignored the demand for talks with the government in the capital.");
        assertThat(quotes).noneMatch(q -> q.text().contains("talks with the government"));
    }

    @Test
    void anInfinitiveAskedOfAnotherIsNoViewOfItsSubject() {
        List<Quote> quotes = quotesOf(LEAD + "The envoy asked the talks participants to urge Pyongyang to refrain from provocations.");
        assertThat(quotes).noneMatch(q -> q.text().startsWith("Pyongyang to refrain"));
    }

    @Test
    void aNounOfSayingIsHeldByWhomItsPossessiveNames() {
        // issue 15: "Sharon's declaration that ..." had no holder, for a possessive stood before the noun
        List<Quote> quotes = quotesOf(LEAD + "Palestinians reacted angrily to Ariel Sharon's declaration that all the signed agreements are canceled.");
        assertThat(quotes).anyMatch(q -> q.text().startsWith("all the signed agreements") && q.speaker() != null
                && q.speaker().name().contains("Sharon"));
    }

    @Test
    void aViewOfAnObjectAsAPredicateAfterConsidersIsAStatement() {
        List<Quote> quotes = quotesOf(LEAD + "The rebel commander considers the talks a trap for his fighters.");
        assertThat(quotes).extracting(Quote::text).contains("the talks a trap for his fighters");
    }

    @Test
    void aNameGivenToAnObjectAfterCallingIsAStatementOfTheOneWhoGaveIt() {
        List<Quote> quotes = quotesOf(LEAD + "Senator Ann Holt criticized the strikes, calling them a breach of the truce.");
        assertThat(quotes).filteredOn(q -> q.text().equals("them a breach of the truce")).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Ann Holt"));
    }

    @Test
    void aProposalConsideredAtAMeetingIsNoStatement() {
        // "at a meeting": an article after a preposition opens no predicate of the object
        List<Quote> quotes = quotesOf(LEAD + "The city council considered the proposal at a meeting on Tuesday.");
        assertThat(quotes).noneMatch(q -> q.text().contains("the proposal"));
    }

    @Test
    void aConcernRaisedAboutATopicIsAStatementOfTheOneWhoRaisedIt() {
        List<Quote> quotes = quotesOf(LEAD + "Senator Ann Holt raised concern about the age of the detainee.");
        assertThat(quotes).filteredOn(q -> q.text().contains("the age of the detainee")).singleElement()
                .satisfies(q -> assertThat(q.speaker().text()).isEqualTo("Ann Holt"));
    }

    @Test
    void soundingPessimisticAboutATopicIsAStatement() {
        List<Quote> quotes = quotesOf(LEAD + "Senator Ann Holt sounded pessimistic about Hamas joining the peace process.");
        assertThat(quotes).anyMatch(q -> q.text().contains("Hamas joining the peace process"));
    }

    @Test
    void aBeliefOwnedByAPossessivePronounIsHeldByWhomThePronounStandsFor() {
        List<Quote> quotes = quotesOf(LEAD + "Senator Ann Holt left the hall early. Nothing shook her belief that the plan would fail.");
        assertThat(quotes).filteredOn(q -> q.text().equals("the plan would fail")).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Ann Holt"));
    }

    @Test
    void aPossibilityRaisedIsHeldByTheSubjectOfTheVerbThatRaisedIt() {
        List<Quote> quotes = quotesOf(LEAD + "Ayatollah Ali Khamenei raised the possibility of one day restoring relations with America.");
        assertThat(quotes).filteredOn(q -> q.text().equals("one day restoring relations with America")).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Ali Khamenei"));
    }

    @Test
    void anAssuranceInAnInfinitiveIsAStatementOfTheSubject() {
        List<Quote> quotes = quotesOf(LEAD + "Zelensky tried to assure senators that no money would be used corruptly.");
        assertThat(quotes).filteredOn(q -> q.text().equals("no money would be used corruptly")).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Zelensky"));
    }

    @Test
    void anObjectHeldEndsBeforeAClauseOfContrast() {
        // field dev: the object of "blamed" ran on into the writer's "though" clause and its own statement
        List<Quote> quotes = quotesOf(LEAD + "Ukraine has blamed Russia, though officials in Moscow have repeatedly denied blame.");
        assertThat(quotes).noneMatch(q -> q.text().contains("Russia, though"));
    }

    @Test
    void askingNotToBeIdentifiedIsNoStatement() {
        // field dev: "to be identified" was read as what a refugee asked for
        List<Quote> quotes = quotesOf(LEAD + "A Syrian refugee who feared retaliation and asked not to be identified said "
                + "that the ministry's claim was false.");
        assertThat(quotes).noneMatch(q -> q.text().contains("to be identified"));
    }

    @Test
    void aCriticismOfAThingAloneStaysNoStatement() {
        List<Quote> quotes = quotesOf(LEAD + "The senator criticized the mission for the third time this year.");
        assertThat(quotes).noneMatch(q -> q.text().contains("the mission"));
    }

    @Test
    void aReproofWithAnAsPhraseReportsTheView() {
        List<Quote> quotes = quotesOf(LEAD + "The cleric faulted the ceasefire plan as unworkable and naive.");
        assertThat(quotes).anyMatch(q -> q.text().equals("the ceasefire plan as unworkable and naive") && q.speaker() != null
                && q.speaker().text().equals("The cleric"));
    }

    @Test
    void aVerbAfterAndSharesTheSubjectOfALongFirstPredicate() {
        // field dn-gn-4ef56518: the object of "labelled" ran past the words by which the holder was looked for
        List<Quote> quotes = quotesOf(LEAD + "Bin Laden labelled any Muslims co-operating with the US-led Iraqi Government of "
                + "Prime Minister Nuri al-Maliki as apostates, and accused the US of seeking to set up a separate government.");
        assertThat(quotes).anyMatch(q -> q.text().contains("the US of seeking to set up") && q.speaker() != null
                && q.speaker().text().equals("Bin Laden"));
    }

    @Test
    void anAttributionOfACauseIsTheAttributersStatement() {
        // field wn-mokha-journalist-bomb: "attributed the bombing to Houthi rebels"
        List<Quote> quotes = quotesOf(LEAD + "The governor attributed the bombing to Houthi rebels.");
        assertThat(quotes).anyMatch(q -> q.text().equals("the bombing to Houthi rebels") && q.speaker() != null
                && q.speaker().text().equals("The governor"));
    }

    @Test
    void aWordsAttributedToSomeoneAreNoStatementOfTheNounBefore() {
        List<Quote> quotes = quotesOf(LEAD + "Police found a statement attributed to the group on a website.");
        assertThat(quotes).noneMatch(q -> q.text().contains("the group"));
    }

    @Test
    void aDesignationAsSomethingIsAStatement() {
        // field wn-soleimani-airstrike: "designated the IRGC as a terrorist organization"
        List<Quote> quotes = quotesOf(LEAD + "The ministry designated the movement as a terrorist organization.");
        assertThat(quotes).anyMatch(q -> q.text().equals("the movement as a terrorist organization"));
    }

    @Test
    void aGerundReportedIsTheReportersStatement() {
        // field msv-latimes-ap-iraq-seals-syria-border: "the U.S. military reported killing 11 insurgents"
        List<Quote> quotes = quotesOf(LEAD + "The army reported killing 11 insurgents during raids in the north.");
        assertThat(quotes).anyMatch(q -> q.text().startsWith("killing 11 insurgents") && q.speaker() != null
                && q.speaker().text().equals("The army"));
    }

    @Test
    void aCountReportedIsTheReportersStatement() {
        // field zyte-d90bda7e: "State media have reported only a handful of protester deaths"
        List<Quote> quotes = quotesOf(LEAD + "State media have reported only a handful of deaths among the protesters.");
        assertThat(quotes).anyMatch(q -> q.text().startsWith("only a handful of deaths"));
    }

    @Test
    void aThingReportedIsNoStatement() {
        List<Quote> quotes = quotesOf(LEAD + "The newspaper reported the story of the siege on its front page.");
        assertThat(quotes).noneMatch(q -> q.text().contains("the story"));
    }

    @Test
    void aCountOfTimeAfterReportingIsNoStatement() {
        List<Quote> quotes = quotesOf(LEAD + "The agency reported two days ago on the fighting near the border.");
        assertThat(quotes).noneMatch(q -> q.text().contains("two days"));
    }

    @Test
    void aReducedPassiveOfReportingIsNoStatement() {
        List<Quote> quotes = quotesOf(LEAD + "Three soldiers reported missing after the ambush were found alive on Monday.");
        assertThat(quotes).noneMatch(q -> q.text().contains("missing"));
    }
}
