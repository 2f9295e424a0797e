package org.sitrep.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Article;
import org.sitrep.core.ContentType;
import org.sitrep.core.Hints;
import org.sitrep.core.RawPage;
import org.sitrep.core.Span;
import org.sitrep.core.Speaker;
import org.sitrep.core.SpeakerBasis;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.nlp.CoreNlpAnnotator;

/** Speaker candidates and their features on a hand-made paragraph, and the shipped ranker's choice among them (issue 15). */
class SpeakerRankerTest {
    private static final String TEXT = "Ahmed Khalil met the envoy in Khartoum on Monday.\n\n"
            + "\u201cPeace will come to Sudan when Maria Lopez agrees,\u201d Khalil told Al Jazeera.";
    private static List<SpeakerCandidate> candidates;

    @BeforeAll
    static void findCandidates() {
        Article a = new ArticleExtractor().extract(new RawPage("t", TEXT.getBytes(StandardCharsets.UTF_8),
                ContentType.BODY_TEXT, null, Instant.EPOCH, new Hints("Headline", LocalDate.of(2024, 3, 5), null, null)));
        List<StatementCandidates> statements = new QuoteAttributor(null).candidates(CoreNlpAnnotator.shared().annotate(a));
        assertThat(statements).hasSize(1);
        candidates = statements.get(0).candidates();
    }

    private static SpeakerCandidate named(String name) {
        return candidates.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no candidate " + name + " in " + candidates));
    }

    @Test
    void putsTheRulesChoiceFirstWithTheSaidPattern() {
        assertThat(candidates.get(0).rule()).isTrue();
        assertThat(candidates.get(0).name()).isEqualTo("Khalil");
        assertThat(candidates.get(0).features()).contains("X_said", "side=after", "nearestBeforeCue");
    }

    @Test
    void offersNamesNearbyWithWhereTheyStand() {
        assertThat(named("Maria Lopez").features()).contains("inQuote", "side=inside");
        assertThat(named("Al Jazeera").features()).contains("afterTelling", "said_X", "told_X");
        assertThat(named("Ahmed Khalil").features()).contains("sentenceSubject", "sent=-1", "side=before");
    }

    @Test
    void ranksTheSpeakerAboveTheNameInsideTheQuoteAndTheOneSpokenTo() {
        SpeakerRanker ranker = SpeakerRanker.bundled();
        assertThat(ranker.choose(candidates).candidate().name()).isEqualTo("Khalil");
        assertThat(ranker.probability(candidates.get(0)))
                .isGreaterThan(ranker.probability(named("Maria Lopez")))
                .isGreaterThan(ranker.probability(named("Al Jazeera")));
    }

    @Test
    void marksTheOneSpokenToAndTheOneWhoQuotesAnother() {
        String text = "Ahmed Khalil met the envoy in Khartoum on Monday.\n\n"
                + "Speaking to the Atlantic Council, Maria Lopez said the talks in Khartoum had failed.\n\n"
                + "The Sudan Tribune quoted Omar Hassan as saying that the army would withdraw from the city.";
        Article a = new ArticleExtractor().extract(new RawPage("t2", text.getBytes(StandardCharsets.UTF_8),
                ContentType.BODY_TEXT, null, Instant.EPOCH, new Hints("Headline", LocalDate.of(2024, 3, 5), null, null)));
        List<SpeakerCandidate> all = new QuoteAttributor(null).candidates(CoreNlpAnnotator.shared().annotate(a)).stream()
                .flatMap(sc -> sc.candidates().stream()).toList();
        assertThat(all).filteredOn(c -> c.name().contains("Atlantic Council"))
                .isNotEmpty().allSatisfy(c -> assertThat(c.features()).contains("addressee"));
        assertThat(all).filteredOn(c -> c.name().contains("Sudan Tribune"))
                .isNotEmpty().allSatisfy(c -> assertThat(c.features()).contains("quotingAgent").doesNotContain("addressee"));
        assertThat(all).filteredOn(c -> c.name().equals("Maria Lopez") || c.name().equals("Omar Hassan"))
                .isNotEmpty().allSatisfy(c -> assertThat(c.features()).doesNotContain("addressee", "quotingAgent"));
        assertThat(named("Al Jazeera").features()).contains("addressee");
        assertThat(named("Khalil").features()).doesNotContain("addressee", "quotingAgent");
    }

    @Test
    void takesTheNameAfterAQuoteAndAVerbOfAskingForItsSubjectNotTheOneAsked() {
        String text = "Ahmed Khalil met the envoy in Khartoum on Monday.\n\n"
                + "\u201cWhy are the families leaving the camp?\u201d asks Maria Lopez, who runs a charity in Khartoum.";
        Article a = new ArticleExtractor().extract(new RawPage("t3", text.getBytes(StandardCharsets.UTF_8),
                ContentType.BODY_TEXT, null, Instant.EPOCH, new Hints("Headline", LocalDate.of(2024, 3, 5), null, null)));
        List<SpeakerCandidate> all = new QuoteAttributor(null).candidates(CoreNlpAnnotator.shared().annotate(a)).stream()
                .flatMap(sc -> sc.candidates().stream()).toList();
        assertThat(all).filteredOn(c -> c.name().equals("Maria Lopez"))
                .isNotEmpty().allSatisfy(c -> assertThat(c.features()).doesNotContain("addressee"));
    }

    @Test
    void neverLetsTheOneSpokenToReplaceTheRulesChoice() {
        SpeakerCandidate rule = new SpeakerCandidate(new Speaker(new Span(0, 6), "Khalil", null, null, null,
                SpeakerBasis.NAME), true, List.of("rule", "inQuote"));
        SpeakerCandidate heard = new SpeakerCandidate(new Speaker(new Span(40, 50), "Al Jazeera", null, null, null,
                SpeakerBasis.NAME), false, List.of("alt", "X_said", "nearestBeforeCue", "sentenceSubject", "addressee"));
        assertThat(SpeakerRanker.bundled().choose(List.of(rule, heard)).candidate()).isSameAs(rule);
    }

    @Test
    void givesTheRulesChoiceThatIsTheOneSpokenToToTheLikeliestOtherCandidate() {
        SpeakerCandidate heard = new SpeakerCandidate(new Speaker(new Span(0, 7), "Reuters", null, null, null,
                SpeakerBasis.NAME), true, List.of("rule", "X_said", "nearestBeforeCue", "addressee"));
        SpeakerCandidate speaker = new SpeakerCandidate(new Speaker(new Span(20, 30), "Omar Hassan", null, null, null,
                SpeakerBasis.NAME), false, List.of("alt", "side=before"));
        assertThat(SpeakerRanker.bundled().choose(List.of(heard, speaker)).candidate()).isSameAs(speaker);
    }

    @Test
    void keepsTheRulesChoiceThatQuotesAnotherAsTheWordsAreItsRendering() {
        // field dev: "..., as the Associated Press quoted him": the agency's misquote is the agency's
        SpeakerCandidate quoting = new SpeakerCandidate(new Speaker(new Span(0, 6), "Associated Press", null, null, null,
                SpeakerBasis.NAME), true, List.of("rule", "X_said", "nearestBeforeCue", "quotingAgent"));
        SpeakerCandidate quoted = new SpeakerCandidate(new Speaker(new Span(20, 30), "Bill Clinton", null, null, null,
                SpeakerBasis.NAME), false, List.of("alt", "side=before"));
        assertThat(SpeakerRanker.bundled().choose(List.of(quoting, quoted)).candidate()).isSameAs(quoting);
    }

    @Test
    void replacesAPronounTheRulesLeftUnresolvedByTheLikeliestOtherCandidate() {
        SpeakerCandidate pronoun = new SpeakerCandidate(new Speaker(new Span(0, 2), "he", null, null, null,
                SpeakerBasis.PRONOUN_UNRESOLVED), true, List.of("rule", "X_said", "nearestBeforeCue"));
        SpeakerCandidate other = new SpeakerCandidate(new Speaker(new Span(40, 52), "Ahmed Khalil", null, null, null,
                SpeakerBasis.NAME), false, List.of("alt", "side=before", "sent=-1"));
        assertThat(SpeakerRanker.bundled().choose(List.of(pronoun, other)).candidate()).isSameAs(other);
    }
}
