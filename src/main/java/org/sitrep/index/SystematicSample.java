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
 * Matches one document in each run of {@code step} documents of an index segment, at a place in the run drawn by a
 * hash of the run's number: a sample of the index with no field of its own. Articles are added in the order they
 * arrive, so the sample is spread evenly over that order (and with it over months); the place drawn anew in each run
 * keeps it from falling in step with a pattern of arrival (a poller reading four feeds in turn would otherwise give
 * every fourth document from the same outlet). Joined to a query it bounds the work of counting the query's matches:
 * the conjunction leaps from one sampled document to the next.
 */
final class SystematicSample extends Query {
    private final int step;

    /** @throws IllegalArgumentException when {@code step < 1} */
    SystematicSample(int step) {
        if (step < 1) {
            throw new IllegalArgumentException("step must be >= 1; got: " + step);
        }
        this.step = step;
    }

    int step() {
        return step;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                return new ConstantScoreScorer(this, score(), scoreMode, new EveryNth(context.reader().maxDoc(), step));
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return true;
            }
        };
    }

    /** One document number in each run {@code [k*step, (k+1)*step)} below {@code maxDoc}, the same on every call. */
    private static final class EveryNth extends DocIdSetIterator {
        private final int maxDoc;
        private final int step;
        private int doc = -1;

        EveryNth(int maxDoc, int step) {
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
            long run = target / step;
            long next = sampled(run);
            if (next < target) {
                next = sampled(run + 1);
            }
            doc = next >= maxDoc ? NO_MORE_DOCS : (int) next;
            return doc;
        }

        /** The document drawn in run {@code run}; in longs, as the last runs reach past Integer.MAX_VALUE. */
        private long sampled(long run) {
            return run * step + Math.floorMod(SampledMatches.mix(run), step);
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
        return "one document in every " + step;
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
