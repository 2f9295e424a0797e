package org.sitrep.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class SnippetPassageScorerTest {
    private static final String[] TERMS = {"aleppo", "assad", "rebel", "state", "islam"};

    @Test
    void scoresEveryPassageExactlyAsLucenesScorerDoes() {
        Random random = new Random(14);
        PassageScorer lucene = new PassageScorer();
        SnippetPassageScorer ours = new SnippetPassageScorer();
        for (int n = 0; n < 2_000; n++) {
            Passage p = passage(random);
            int contentLength = 200 + random.nextInt(20_000);
            assertThat(ours.score(p, contentLength)).isEqualTo(lucene.score(p, contentLength));
        }
    }

    @Test
    void scoresAPassageWithoutMatchesAsNothing() {
        Passage p = new Passage();
        p.setStartOffset(100);
        p.setEndOffset(180);
        assertThat(new SnippetPassageScorer().score(p, 5_000)).isZero();
    }

    private static Passage passage(Random random) {
        Passage p = new Passage();
        int start = random.nextInt(5_000);
        int matches = random.nextInt(9);
        p.setStartOffset(start);
        p.setEndOffset(start + 40 * matches + 40);
        int offset = start;
        for (int i = 0; i < matches; i++) {
            offset += 1 + random.nextInt(25);
            String term = TERMS[random.nextInt(TERMS.length)];
            // A term's frequency in the document is the same at each of its matches, as the highlighter gives it.
            p.addMatch(offset, offset + term.length(), new BytesRef(term), 1 + Math.floorMod(term.hashCode(), 40));
        }
        return p;
    }
}
