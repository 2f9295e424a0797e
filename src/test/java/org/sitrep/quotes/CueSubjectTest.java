package org.sitrep.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Article;
import org.sitrep.core.ContentType;
import org.sitrep.core.Dependencies;
import org.sitrep.core.Hints;
import org.sitrep.core.Quote;
import org.sitrep.core.RawPage;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.core.Annotated;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.DependencyParses;

/** Speakers read from a cue's dependency parse (issue 15): parses written by hand, then whole articles. */
class CueSubjectTest {
    private static int subjectOf(String sentence, Dependencies d, int cue) {
        String[] words = sentence.split(" ");
        return CueSubject.subject(d, cue, i -> words[i].toLowerCase(java.util.Locale.ROOT));
    }

    private static Dependencies parse(List<Integer> heads, String... relations) {
        return new Dependencies(java.util.Collections.nCopies(heads.size(), "NN"), heads, List.of(relations));
    }

    @Test
    void theOneQuotedAsSayingSpeaksNotTheOneWhoQuotes() {
        // State television quoted a source as saying it ended
        Dependencies d = parse(List.of(1, 2, -1, 4, 2, 6, 2, 8, 6),
                "compound", "nsubj", "root", "det", "obj", "mark", "advcl", "nsubj", "ccomp");
        assertThat(subjectOf("State television quoted a source as saying it ended", d, 6)).isEqualTo(4);
        assertThat(subjectOf("State television quoted a source as saying it ended", d, 2)).isEqualTo(4);
    }

    private static Dependencies tagged(List<String> tags, List<Integer> heads, String... relations) {
        return new Dependencies(tags, heads, List.of(relations));
    }

    @Test
    void theOneQuotedAsSayingSpeaksWhenTheParticipleHangsOnTheReportedClause() {
        // issue 15: the parser hangs "saying" on the verb it reports, so the quoter was left to word positions
        String sentence = "Reuters quoted a police official as saying five people had";
        Dependencies d = tagged(List.of("NNP", "VBD", "DT", "NN", "NN", "IN", "VBG", "CD", "NNS", "VBD"),
                List.of(1, -1, 4, 4, 1, 9, 9, 8, 9, 1),
                "nsubj", "root", "det", "compound", "obj", "mark", "discourse", "nummod", "nsubj", "advcl");
        assertThat(subjectOf(sentence, d, 6)).isEqualTo(4);
    }

    @Test
    void theOneQuotedAsSayingSpeaksNotTheAgentOfAPassiveQuotingVerb() {
        String sentence = "An official was quoted by Reuters as saying troops had left";
        Dependencies d = tagged(List.of("DT", "NN", "VBD", "VBN", "IN", "NNP", "IN", "VBG", "NNS", "VBD", "VBN"),
                List.of(1, 3, 3, -1, 5, 3, 7, 3, 10, 10, 7),
                "det", "nsubj:pass", "aux:pass", "root", "case", "obl:agent", "mark", "advcl", "nsubj", "aux", "ccomp");
        assertThat(subjectOf(sentence, d, 7)).isEqualTo(1);
    }

    @Test
    void aVerbAfterTheAsBelongsToWhatWasSaidAndItsObjectIsNoSpeaker() {
        String sentence = "Reuters quoted an official as saying troops had taken the town";
        Dependencies d = tagged(List.of("NNP", "VBD", "DT", "NN", "IN", "VBG", "NNS", "VBD", "VBN", "DT", "NN"),
                List.of(1, -1, 3, 1, 8, 8, 8, 8, 1, 10, 8),
                "nsubj", "root", "det", "obj", "mark", "discourse", "nsubj", "aux", "advcl", "det", "obj");
        assertThat(subjectOf(sentence, d, 5)).isEqualTo(3);
    }

    @Test
    void aRelativeClauseCueSpeaksForTheNounItDescribes() {
        // Qureshi , who said it ended , left
        Dependencies d = parse(List.of(7, 0, 3, 0, 5, 3, 0, -1),
                "nsubj", "punct", "nsubj", "acl:relcl", "nsubj", "ccomp", "punct", "root");
        Dependencies tagged = new Dependencies(List.of("NNP", ",", "WP", "VBD", "PRP", "VBD", ",", "VBD"), d.heads(), d.relations());
        assertThat(subjectOf("Qureshi , who said it ended , left", tagged, 3)).isEqualTo(0);
    }

    @Test
    void aCoordinatedCueSharesTheSubjectOfTheFirstVerb() {
        // Laden warned Muslims and promised liberation
        Dependencies d = parse(List.of(1, -1, 1, 4, 1, 4), "nsubj", "root", "obj", "cc", "conj", "obj");
        assertThat(subjectOf("Laden warned Muslims and promised liberation", d, 4)).isEqualTo(0);
    }

    @Test
    void aParticipleTheParserHangsOnAnObjectSharesTheMainClauseSubject() {
        // Pope thanked the patriarch , calling him brother
        Dependencies d = new Dependencies(List.of("NNP", "VBD", "DT", "NN", ",", "VBG", "PRP", "NN"),
                List.of(1, -1, 3, 1, 3, 3, 5, 5), List.of("nsubj", "root", "det", "obj", "punct", "acl", "obj", "xcomp"));
        assertThat(subjectOf("Pope thanked the patriarch , calling him brother", d, 5)).isEqualTo(0);
    }

    @Test
    void aVerbTheParserCoordinatesWithAnObjectSharesTheMainClauseSubject() {
        // Pope thanked the church and said it helped
        Dependencies d = new Dependencies(List.of("NNP", "VBD", "DT", "NN", "CC", "VBD", "PRP", "VBD"),
                List.of(1, -1, 3, 1, 5, 3, 7, 5), List.of("nsubj", "root", "det", "obj", "cc", "conj", "nsubj", "ccomp"));
        assertThat(subjectOf("Pope thanked the church and said it helped", d, 5)).isEqualTo(0);
    }

    @Test
    void aParticipleOnTheSubjectIsTheSubjectsOwn() {
        // troops , citing a tip , raided it
        Dependencies d = new Dependencies(List.of("NNS", ",", "VBG", "DT", "NN", ",", "VBD", "PRP"),
                List.of(6, 0, 0, 4, 2, 0, -1, 6), List.of("nsubj", "punct", "acl", "det", "obj", "punct", "root", "obj"));
        assertThat(subjectOf("troops , citing a tip , raided it", d, 2)).isEqualTo(-1);
    }

    @Test
    void aParticipleOnAnObjectInsideARelativeClauseTakesNoSubjectFromIt() {
        // Adm spoke where officials announced expansion , saying so
        Dependencies d = new Dependencies(List.of("NNP", "VBD", "WRB", "NNS", "VBD", "NN", ",", "VBG", "RB"),
                List.of(1, -1, 4, 4, 1, 4, 7, 5, 7), List.of("nsubj", "root", "advmod", "nsubj", "advcl", "obj", "punct", "acl", "advmod"));
        assertThat(subjectOf("Adm spoke where officials announced expansion , saying so", d, 7)).isEqualTo(-1);
    }

    @Test
    void accordingToNamesItsObject() {
        // The war is over , according to officials
        Dependencies d = parse(List.of(1, 2, -1, 2, 2, 7, 5, 2),
                "det", "nsubj", "root", "advmod", "punct", "case", "fixed", "obl");
        assertThat(subjectOf("The war is over , according to officials", d, 5)).isEqualTo(7);
    }

    @Test
    void ofTwoSubjectsTheOneRightBeforeTheCueSpeaks() {
        // Hamas , he vowed , will respond
        Dependencies d = parse(List.of(3, 3, 3, -1, 3, 6, 3), "nsubj", "punct", "nsubj", "root", "punct", "aux", "dep");
        assertThat(subjectOf("Hamas , he vowed , will respond", d, 3)).isEqualTo(2);
    }

    @Test
    void aCoordinatedSubjectSpansAllItsConjuncts() {
        // the military and an activist group said
        Dependencies d = parse(List.of(1, 7, 5, 5, 5, 1, 7, -1),
                "det", "nsubj", "cc", "det", "amod", "conj", "aux", "root");
        assertThat(CueSubject.coordination(d, 1)).containsExactly(0, 5);
    }

    @Test
    void aSubjectCoordinatedWithNothingIsNoCoordination() {
        // the military said
        Dependencies d = parse(List.of(1, 2, -1), "det", "nsubj", "root");
        assertThat(CueSubject.coordination(d, 1)).isNull();
    }

    private static List<Quote> quotesOf(String body) {
        Article a = new ArticleExtractor().extract(new RawPage("t", body.getBytes(StandardCharsets.UTF_8),
                ContentType.BODY_TEXT, null, Instant.EPOCH, new Hints("Headline", LocalDate.of(2016, 3, 5), null, null)));
        Annotated plain = CoreNlpAnnotator.shared().annotate(a);
        return new QuoteAttributor().find(plain.withSyntax(DependencyParses.onDemand(plain.sentences(), plain.tokens())));
    }

    /** A first paragraph that says nothing, so that the statement under test is no headline's. */
    private static final String LEAD = "The talks in Geneva ended on Friday without a deal.\n\n";

    private static Quote quoteOf(List<Quote> quotes, String start) {
        return quotes.stream().filter(x -> x.text().startsWith(start)).findFirst().orElseThrow();
    }

    private static String speakerOf(List<Quote> quotes, String start) {
        Quote q = quoteOf(quotes, start);
        return q.speaker() == null ? null : q.speaker().name();
    }

    @Test
    void aSourceQuotedAsSayingIsTheSpeakerOfThePartialQuote() {
        List<Quote> quotes = quotesOf("The talks in Geneva ended on Friday without a deal.\n\nState television quoted "
                + "Interior Minister Karim Haddad as saying the army had \"restored order\" in the capital.");
        assertThat(speakerOf(quotes, "restored order")).endsWith("Karim Haddad");
    }

    @Test
    void aStanceVoicedAboutQuotedWordsIsTheVoicersNotTheReportersAfterThem() {
        // field dev: "Hill voiced concern about what North Korea “might do ...,” Reuters reported" is Hill's
        List<Quote> quotes = quotesOf(LEAD + "Speaking to reporters in Beijing, Christopher Hill voiced concern about what "
                + "North Korea \u201cmight do to further demonstrate that status,\u201d Reuters reported.");
        assertThat(speakerOf(quotes, "might do")).isEqualTo("Christopher Hill");
    }

    @Test
    void wordsAsTheOneWhoQuotesThemGaveThemStayTheirsNotTheClauseSubjectsBeforeThem() {
        // field dev: the agency's misquote, which the clause's subject did not say
        List<Quote> quotes = quotesOf(LEAD + "Bill Clinton called on the U.S. to \u201cflush out\u201d al Qaeda, not \u201cflesh "
                + "out,\u201d as the Associated Press quoted him.");
        assertThat(speakerOf(quotes, "flesh out")).contains("Associated Press");
    }

    @Test
    void theStatementWordsCameInIsNoSpeakerOfThem() {
        // "according to a statement" names what the words came in: they stay the subject's
        List<Quote> quotes = quotesOf("Rami Abdel Rahman is \u201cdeeply concerned about the situation facing civilians in "
                + "the city,\u201d according to a statement.");
        assertThat(speakerOf(quotes, "deeply concerned")).isEqualTo("Rami Abdel Rahman");
    }

    @Test
    void theSpeakerAfterAQuotationBeforeItsCueIsTheSubjectOfTheCue() {
        List<Quote> quotes = quotesOf("The talks in Geneva ended on Friday without a deal.\n\n\u201cThe siege will end "
                + "soon,\u201d Turkey's Foreign Minister Mevlut Cavusoglu has warned.");
        assertThat(speakerOf(quotes, "The siege")).isEqualTo("Mevlut Cavusoglu");
    }

    /** A coordination of speakers names several sources: its words stand, linked to none of them. */
    @Test
    void aStatementOfTwoSourcesIsCreditedToBoth() {
        assertThat(speakerOf(quotesOf(LEAD + "At least 12 people were killed in the shelling of the town, the military "
                + "and an activist group said."), "At least 12")).isEqualTo("the military and an activist group");
    }

    @Test
    void twoNamedSourcesAreCreditedTogetherAndLinkedToNeither() {
        Quote q = quoteOf(quotesOf(LEAD + "Russia and Iran said the strikes on the airbase had broken international law."),
                "the strikes");
        assertThat(q.speaker().name()).isEqualTo("Russia and Iran");
        assertThat(q.speaker().named()).isNull();
    }

    @Test
    void twoSpeakersNamedAfterTheirCueAreCreditedTogether() {
        assertThat(speakerOf(quotesOf(LEAD + "\u201cThe convoy was attacked twice on the road,\u201d said Chris Mumm and "
                + "Randy Harl."), "The convoy")).isEqualTo("Chris Mumm and Randy Harl");
    }

    @Test
    void twoSourcesWhoToldReportersAreCreditedTogether() {
        assertThat(speakerOf(quotesOf(LEAD + "The army and the police told reporters that the road to the airport was "
                + "closed."), "the road")).isEqualTo("The army and the police");
    }

    @Test
    void aPartialQuoteInAReportedClauseIsTheReportingVerbsSubjects() {
        assertThat(speakerOf(quotesOf(LEAD + "Maria Lopez, an economist at the bank, spoke in Vienna.\n\nFactories across "
                + "the region will close next year, suggesting that the winter \u201cwill feel like a long strike\u201d to many "
                + "workers, Lopez said on Tuesday."), "will feel")).contains("Lopez");
    }

    @Test
    void aPartialQuoteIsTheSubjectsOfItsVerbNotOfARelativeClauseBeforeIt() {
        assertThat(speakerOf(quotesOf(LEAD + "The farmer's lawyer, a woman who feared reprisals and asked not to be named, "
                + "said that the army's account was \u201centirely false.\u201d"), "entirely false")).contains("lawyer");
    }

    @Test
    void aPartialQuoteAfterACoordinatedCueIsTheFirstVerbsSubjects() {
        assertThat(speakerOf(quotesOf(LEAD + "Rebel commander Omar Haddad has warned villagers against helping the "
                + "provincial government and promised the \u201cfreedom of the valley\u201d, in a video."), "freedom"))
                .isEqualTo("Omar Haddad");
    }
}
