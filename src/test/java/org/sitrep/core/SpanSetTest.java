package org.sitrep.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Issue 14: the span look-ups that replaced loops over every span answer exactly as those loops did. */
class SpanSetTest {
    private static List<Span> randomSpans(Random random, int count) {
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int begin = random.nextInt(500);
            spans.add(new Span(begin, begin + random.nextInt(random.nextInt(10) == 0 ? 120 : 12)));
        }
        return spans;
    }

    @Test
    void overlapAndContainmentAnswerAsALoopOverEverySpanWould() {
        Random random = new Random(14);
        for (int round = 0; round < 200; round++) {
            List<Span> spans = randomSpans(random, random.nextInt(30));
            SpanSet set = new SpanSet(spans);
            for (Span probe : randomSpans(random, 50)) {
                assertThat(set.overlapsAny(probe)).isEqualTo(spans.stream().anyMatch(s -> s.overlaps(probe)));
                assertThat(set.containsAny(probe)).isEqualTo(spans.stream().anyMatch(s -> s.contains(probe)));
            }
        }
    }

    @Test
    void spanTreeAnswersAsALoopOverItsKeysWould() {
        Random random = new Random(41);
        for (int round = 0; round < 200; round++) {
            List<Span> spans = randomSpans(random, random.nextInt(30));
            SpanTree<Span> tree = new SpanTree<>();
            spans.forEach(s -> tree.put(s, s));
            for (Span probe : randomSpans(random, 30)) {
                List<Span> keys = List.copyOf(tree.values());
                assertThat(tree.overlapsAny(probe)).isEqualTo(keys.stream().anyMatch(s -> s.overlaps(probe)));
                assertThat(tree.overlapsOutside(probe)).isEqualTo(keys.stream().anyMatch(s -> s.overlaps(probe) && !probe.contains(s)));
                Span firstEnding = keys.stream().filter(s -> s.end() >= probe.begin() && s.end() <= probe.end()).findFirst().orElse(null);
                assertThat(tree.firstEndingWithin(probe.begin(), probe.end())).isEqualTo(firstEnding);
            }
            Span cut = randomSpans(random, 1).get(0);
            List<Span> inside = tree.values().stream().filter(cut::contains).toList();
            assertThat(tree.removeWithin(cut)).isEqualTo(inside);
            assertThat(tree.values()).noneMatch(cut::contains);
        }
    }
}
