package org.sitrep.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.DocIdSetBuilder;

/**
 * Collects a search's matches in one pass, counting every one, and keeps them for facet counting while they are at
 * most {@link #KEPT}; beyond that it keeps a sample drawn by a hash of the document number, halved (the next bit of
 * the hash must be zero too) each time it outgrows the bound. Counting a match costs a few nanoseconds, reading its
 * facet values about a microsecond, so the pass stays as cheap as a count while the facets are read for a few
 * thousand matches at most.
 */
final class SampledMatches {
    /** Matches kept for facet counting at most: all of them up to this many, then a sample of half to all of it. */
    static final int KEPT = 4_000;

    /** What one pass found. */
    record Found(FacetsCollector kept, long total, int step) {
    }

    private SampledMatches() {
    }

    /** A collector manager for one search over one reader. */
    static CollectorManager<Sampler, Found> manager() {
        return new CollectorManager<>() {
            @Override
            public Sampler newCollector() {
                return new Sampler();
            }

            @Override
            public Found reduce(Collection<Sampler> samplers) {
                int level = samplers.stream().mapToInt(s -> s.level).max().orElse(0);
                long total = 0;
                List<FacetsCollector.MatchingDocs> docs = new ArrayList<>();
                for (Sampler s : samplers) {
                    total += s.total;
                    s.keepLevel(level);
                    s.segments.forEach(seg -> docs.add(seg.matching()));
                }
                return new Found(new Kept(docs), total, 1 << level);
            }
        };
    }

    /** The kept matches as facet counting reads them. */
    private static final class Kept extends FacetsCollector {
        private final List<MatchingDocs> docs;

        Kept(List<MatchingDocs> docs) {
            this.docs = List.copyOf(docs);
        }

        @Override
        public List<MatchingDocs> getMatchingDocs() {
            return docs;
        }
    }

    /** The documents kept in one segment, in increasing order. */
    private static final class Segment {
        final LeafReaderContext context;
        int[] docs = new int[64];
        int size;

        Segment(LeafReaderContext context) {
            this.context = context;
        }

        void add(int doc) {
            if (size == docs.length) {
                docs = Arrays.copyOf(docs, size * 2);
            }
            docs[size++] = doc;
        }

        /** Drops the documents outside the sample of {@code level}. */
        int keepLevel(int level) {
            int kept = 0;
            for (int i = 0; i < size; i++) {
                if (inSample(context.docBase + docs[i], level)) {
                    docs[kept++] = docs[i];
                }
            }
            size = kept;
            return kept;
        }

        FacetsCollector.MatchingDocs matching() {
            DocIdSetBuilder bits = new DocIdSetBuilder(context.reader().maxDoc());
            DocIdSetBuilder.BulkAdder adder = bits.grow(size);
            for (int i = 0; i < size; i++) {
                adder.add(docs[i]);
            }
            return new FacetsCollector.MatchingDocs(context, bits.build(), size, null);
        }
    }

    /** Whether a document (its number in the whole reader) is in the sample of {@code level}: one in 2^level. */
    private static boolean inSample(int doc, int level) {
        return level == 0 || (mix(doc) & ((1L << level) - 1)) == 0;
    }

    /** SplitMix64's finaliser: neighbouring document numbers give unrelated bits. */
    static long mix(long x) {
        x = (x ^ (x >>> 30)) * 0xbf58476d1ce4e5b9L;
        x = (x ^ (x >>> 27)) * 0x94d049bb133111ebL;
        return x ^ (x >>> 31);
    }

    /** Collects one slice of the index. */
    static final class Sampler extends SimpleCollector {
        private final List<Segment> segments = new ArrayList<>();
        private Segment current;
        private long total;
        private int kept;
        private int level;

        @Override
        protected void doSetNextReader(LeafReaderContext context) {
            current = new Segment(context);
            segments.add(current);
        }

        @Override
        public void setScorer(Scorable scorer) {
            // Scores are not read.
        }

        @Override
        public void collect(int doc) {
            total++;
            if (inSample(current.context.docBase + doc, level)) {
                current.add(doc);
                if (++kept > KEPT) {
                    keepLevel(level + 1);
                }
            }
        }

        /** Keeps the sample of {@code wanted} (or of its own level when that is higher). */
        void keepLevel(int wanted) {
            level = Math.max(level, wanted);
            kept = 0;
            for (Segment s : segments) {
                kept += s.keepLevel(level);
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    /** Runs the pass over {@code query}'s matches. */
    static Found collect(IndexSearcher searcher, Query query) throws IOException {
        return searcher.search(query, manager());
    }
}
