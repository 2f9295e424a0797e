package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Annotated;
import org.sitrep.core.Article;
import org.sitrep.core.ContentType;
import org.sitrep.core.Hints;
import org.sitrep.core.RawPage;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.core.Dependencies;

class DependencyParsesTest {
    private static Dependencies parse(String words) {
        return DependencyParses.shared().parse(List.of(words.split(" "))).orElseThrow();
    }

    @Test
    void theSpeakerOfAnInvertedCueIsTheSubjectOfTheVerb() {
        Dependencies d = parse("“ We will go , ” said John Smith , the mayor .");
        assertThat(d.head(8)).isEqualTo(6);
        assertThat(d.relation(8)).isEqualTo("nsubj");
        assertThat(d.tag(6)).isEqualTo("VBD");
    }

    @Test
    void aPossessiveBeforeTheSubjectIsNoSubject() {
        Dependencies d = parse("Pakistan 's minister welcomed the plan .");
        assertThat(d.dependent(3, "nsubj")).isEqualTo(2);
        assertThat(d.relation(0)).isEqualTo("nmod:poss");
    }

    @Test
    void parsesAsCoreNlpsOwnParserDoes() {
        List<String> sentences = List.of(
                "Yes",
                "Ceasefire .",
                "“ We will go , ” said John Smith , the mayor .",
                "The convoy was attacked by gunmen near the border on Tuesday , officials said .",
                "Rebels who had been driven out of the town in March were reported to have returned , according to a monitor .",
                "But , he added , “ we are all totally shocked that they could have been involved in something so terrible . ”",
                "Asked if other services would also be resumed , a foreign ministry official said “ shortly ” .",
                "Iraq and the United States have complained that the vote , which was boycotted , was neither free nor fair .");
        for (String s : sentences) {
            List<String> words = List.of(s.split(" "));
            assertThat(DependencyParses.shared().parse(words)).as(s).isEqualTo(DependencyParses.shared().parseByCoreNlp(words));
        }
    }

    @Test
    void aSentenceParsesAlikeWhateverTheThreadParsedBefore() {
        List<String> first = List.of("Officials said the convoy was attacked near the border .".split(" "));
        Dependencies alone = DependencyParses.shared().parse(first).orElseThrow();
        DependencyParses.shared().parse(List.of("The border was closed , officials said , and the convoy turned back .".split(" ")));
        assertThat(DependencyParses.shared().parse(first)).contains(alone);
    }

    @Test
    void aSubjectOfAPassiveVerbIsMarkedPassive() {
        String[] relations = DependencyParses.passiveSubjects(new int[] {2, 2, -1}, new String[] {"nsubj", "aux:pass", "root"});
        assertThat(relations).containsExactly("nsubj:pass", "aux:pass", "root");
    }

    @Test
    void curlyQuoteMarksReachTheModelsAsTreebankMarks() {
        assertThat(DependencyParses.treebankForm("“", false)).isEqualTo("``");
        assertThat(DependencyParses.treebankForm("\"", true)).isEqualTo("''");
        assertThat(DependencyParses.treebankForm("said", true)).isEqualTo("said");
    }

    @Test
    void aSentenceLongerThanTheParserReadsGetsNoParse() {
        List<String> words = Collections.nCopies(DependencyParses.MAX_TOKENS + 1, "war");
        assertThat(DependencyParses.shared().parse(words)).isEmpty();
    }

    @Test
    void theAnnotationParsesASentenceWhenAskedAndNothingOutsideItsSentences() {
        Article article = new ArticleExtractor().extract(new RawPage("t", "The talks ended. “It is over,” the envoy said."
                .getBytes(StandardCharsets.UTF_8), ContentType.BODY_TEXT, null, Instant.EPOCH,
                new Hints("Talks", LocalDate.of(2020, 1, 1), null, null)));
        Annotated plain = CoreNlpAnnotator.shared().annotate(article);
        Annotated a = plain.withSyntax(DependencyParses.onDemand(plain.sentences(), plain.tokens()));
        assertThat(a.syntax().of(1)).get().extracting(Dependencies::size).isEqualTo(a.sentences().get(1).tokenCount());
        assertThat(a.syntax().of(a.sentences().size())).isEmpty();
    }

    @Test
    void aSentenceIsParsedOnlyAFewWordsPastTheWordAskedForWithItsSubjectAsInTheWhole() {
        Annotated plain = annotated("The envoy, who arrived on Monday, said the talks would resume next week in Geneva "
                + "after the holidays.");
        int sentence = plain.sentences().size() - 1;
        int first = plain.sentences().get(sentence).firstToken();
        int said = tokenIndex(plain, "said");
        Dependencies begun = DependencyParses.onDemand(plain.sentences(), plain.tokens()).of(sentence, said).orElseThrow();
        Dependencies whole = DependencyParses.onDemand(plain.sentences(), plain.tokens()).of(sentence).orElseThrow();
        assertThat(begun.size()).isEqualTo(said - first + 1 + DependencyParses.LOOKAHEAD);
        assertThat(begun.dependent(said - first, "nsubj")).isEqualTo(1).isEqualTo(whole.dependent(said - first, "nsubj"));
    }

    @Test
    void aLaterQuestionReachingFurtherIntoTheSentenceParsesFurther() {
        Annotated plain = annotated("The envoy said the talks would resume next week in Geneva after the holidays, the "
                + "ministry added.");
        int sentence = plain.sentences().size() - 1;
        int first = plain.sentences().get(sentence).firstToken();
        int words = plain.sentences().get(sentence).tokenCount();
        org.sitrep.core.Syntax syntax = DependencyParses.onDemand(plain.sentences(), plain.tokens());
        assertThat(syntax.of(sentence, first + 2).orElseThrow().size()).isEqualTo(2 + 1 + DependencyParses.LOOKAHEAD);
        assertThat(syntax.of(sentence, first + words - 2).orElseThrow().size()).isEqualTo(words);
        assertThat(syntax.of(sentence, first + 2).orElseThrow().size()).isEqualTo(words);
    }

    @Test
    void aParseFromAWordWithinTheSentenceCountsFromThatWord() {
        Annotated plain = annotated("\u201cThe talks will resume next week,\u201d the envoy said on Monday in Geneva.");
        int sentence = plain.sentences().size() - 1;
        int the = tokenIndex(plain, "the");
        int said = tokenIndex(plain, "said");
        Dependencies d = DependencyParses.onDemand(plain.sentences(), plain.tokens()).of(sentence, the, said).orElseThrow();
        assertThat(d.size()).isEqualTo(said - the + 1 + DependencyParses.LOOKAHEAD);
        assertThat(d.dependent(said - the, "nsubj")).isEqualTo(tokenIndex(plain, "envoy") - the);
    }

    private static Annotated annotated(String text) {
        Article article = new ArticleExtractor().extract(new RawPage("t", text.getBytes(StandardCharsets.UTF_8),
                ContentType.BODY_TEXT, null, Instant.EPOCH, new Hints("Talks", LocalDate.of(2020, 1, 1), null, null)));
        return CoreNlpAnnotator.shared().annotate(article);
    }

    private static int tokenIndex(Annotated a, String word) {
        for (int t = 0; t < a.tokens().size(); t++) {
            if (a.tokens().get(t).text().equals(word)) {
                return t;
            }
        }
        throw new AssertionError("no token " + word);
    }
}
