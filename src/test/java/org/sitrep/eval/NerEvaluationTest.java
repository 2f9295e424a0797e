package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
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
}
