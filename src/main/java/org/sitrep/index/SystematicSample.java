package org.sitrep.index;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * Matches one window of {@link #WINDOW} consecutive documents in each run of {@code step} windows of an index segment,
 * the window's place in the run drawn by a hash of the run's number: a sample of about one document in {@code step},
 * with no field of its own. Windows rather than single documents, because a frequent word's postings are read in
 * blocks of 128 documents: a sample of single documents spread over the index makes every block be read, and saves
 * nothing, while a window's documents share their blocks. Articles are added in the order they arrive, so the windows
 * spread over that order (and with it over months); the place drawn anew in each run keeps the sample from falling in
 * step with a pattern of arrival.
 */
final class SystematicSample extends Query {
    /** Consecutive documents in a window. */
    static final int WINDOW = 256;

    private final int step;

    /** @throws IllegalArgumentException when {@code step < 1} */
    SystematicSample(int step) {
        if (step < 1) {
            throw new IllegalArgumentException("step must be >= 1; got: " + step);
        }
        this.step = step;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                return new ConstantScoreScorer(this, score(), scoreMode, new Windows(context.reader().maxDoc(), step));
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return true;
            }
        };
    }

    /** The document numbers below {@code maxDoc} in one window of each run, the same on every call. */
    private static final class Windows extends DocIdSetIterator {
        private final int maxDoc;
        private final int step;
        private int doc = -1;

        Windows(int maxDoc, int step) {
            this.maxDoc = maxDoc;
            this.step = step;
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() {
            return advance(doc + 1);
        }

        @Override
        public int advance(int target) {
            long run = (long) target / span();
            long start = start(run);
            long next = target < start ? start : target < start + WINDOW ? target : start(run + 1);
            doc = next >= maxDoc ? NO_MORE_DOCS : (int) next;
            return doc;
        }

        private long span() {
            return (long) step * WINDOW;
        }

        /** The first document of the window drawn in run {@code run}; in longs, as the last runs pass Integer.MAX_VALUE. */
        private long start(long run) {
            return run * span() + Math.floorMod(SampledMatches.mix(run), step) * (long) WINDOW;
        }

        @Override
        public long cost() {
            return maxDoc / step + 1L;
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "one window of " + WINDOW + " documents in every " + step;
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && step == ((SystematicSample) other).step;
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + step;
    }
}
