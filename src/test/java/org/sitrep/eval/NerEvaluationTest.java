package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.Annotated;
import org.sitrep.core.EntityType;
import org.sitrep.core.Mention;
import org.sitrep.core.Span;
import org.sitrep.Seed;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.NlpSettings;

/**
 * The knowledge base must not cost more than half an F1 point on CoNLL-2003 (news of 1996, not Syria): issue 4.
 * Needs ../shared; skips without it.
 */
class NerEvaluationTest {
    @Test
    void knowledgeBaseCostsAtMostHalfAPointOnConll() {
        Path conll = Seed.SHARED.resolve("eval/ner/conll2003-eng.testa");
        assumeTrue(Files.isRegularFile(conll), "needs ../shared/eval/ner/conll2003-eng.testa");
        Map<String, Double> f = new LinkedHashMap<>();
        Map<String, org.sitrep.nlp.Annotator> systems = new LinkedHashMap<>();
        systems.put("sitrep", CoreNlpAnnotator.shared());
        systems.put("plain", new CoreNlpAnnotator(NlpSettings.FAST.withKnowledgeBase(false)));
        new NerEvaluation(x -> f.put(x.name(), x.value())).score("conll", conll, 0, 3, systems);
        double with = f.get("conll sitrep PER+ORG+LOC micro F1");
        double without = f.get("conll plain PER+ORG+LOC micro F1");
        assertThat(with).isGreaterThanOrEqualTo(0.92);
        assertThat(without - with).isLessThanOrEqualTo(0.005);
    }

    /** Tags every word "Paris" a person, whatever the gold says. */
    private static final org.sitrep.nlp.Annotator PARIS_IS_A_PERSON = article -> {
        List<Mention> mentions = new ArrayList<>();
        Matcher m = Pattern.compile("Paris").matcher(article.text());
        while (m.find()) {
            mentions.add(new Mention(new Span(m.start(), m.end()), "Paris", EntityType.PERSON));
        }
        return new Annotated(article, List.of(), List.of(), mentions, List.of());
    };

    @Test
    void scoresTheFirstAndSecondHalfOfDocumentsApartAndGivesErrorsOfTheFirstHalfOnly(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("wiki.conllu");
        Files.writeString(file, "0\tParis\tB-PER\n1\tsang\tO\n\n0\t-DOCSTART-\tO\n\n0\tParis\tB-LOC\n1\tgrew\tO\n");
        Map<String, Double> f = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        new NerEvaluation(x -> f.put(x.name(), x.value()))
                .scoreByHalves("wiki", file, 1, 2, Map.of("fake", PARIS_IS_A_PERSON), errors::add);
        assertThat(f).containsEntry("wiki documents", 2.0)
                .containsEntry("wiki first half fake PER F1", 1.0)
                .containsEntry("wiki second half fake LOC F1", 0.0)
                .containsEntry("wiki fake PER+ORG+LOC micro F1", 0.5);
        assertThat(errors).isEmpty();
    }

    @Test
    void namesAGoldEntityFoundWithAnotherTypeATypeError() {
        var gold = java.util.Set.of(new NerEvaluation.Entity(0, 0, 1, "LOC"));
        var found = java.util.Set.of(new NerEvaluation.Entity(0, 0, 1, "PER"));
        assertThat(NerErrors.describe(List.of(List.of("Paris", "grew")), gold, found))
                .containsExactly("type LOC as PER \"Paris\" in: [[Paris]] grew");
    }
}
