package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.Seed;
import org.sitrep.pipeline.Pipeline;

/** Holds FA-KES actor linking at or just under the figure measured on 2026-11-23 (issue 4). Needs ../shared. */
class ActorEvaluationTest {
    @Test
    void linksNineInTenNamedActorsToTheirKnowledgeBaseEntity() {
        Path csv = Seed.SHARED.resolve("eval/events/fa-kes/fa-kes-dev.csv");
        assumeTrue(Files.isRegularFile(csv), "needs ../shared/eval/events/fa-kes/fa-kes-dev.csv");
        Map<String, Double> f = new LinkedHashMap<>();
        new ActorEvaluation(Pipeline.standard(), x -> f.put(x.name(), x.value())).faKes(csv);
        double all = f.entrySet().stream().filter(e -> e.getKey().startsWith("fa-kes actors linked where named, all classes"))
                .findFirst().orElseThrow().getValue();
        assertThat(all).isGreaterThanOrEqualTo(0.92);
    }
}
