package org.sitrep.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Counts a search's matches by facet: every match while they are few, a systematic sample of them when they are many.
 * Counting costs about a microsecond a match (each match's values are read one by one), so a two-word search that
 * matches most of a million articles would spend most of a second on it; a sample of a few thousand matches names the
 * same leading values, with counts near the true ones, in a few milliseconds.
 */
final class FacetTally {
    /** Matches counted one by one at most: about 10 ms of counting. */
    static final long ALL_UP_TO = 10_000;
    /**
     * Matches a sample holds at most: a value held by a twentieth of the matches is then counted within about ±6%
     * (one standard error), and the order of the leading values rarely changes.
     */
    static final long SAMPLE_SIZE = 5_000;

    private final FacetFields fields;

    FacetTally(FacetFields fields) {
        this.fields = fields;
    }

    /**
     * The facet counts of {@code query}'s matches, exact when there are at most {@link #ALL_UP_TO} of them, otherwise
     * estimated (marked so) from every {@link #step}-th document.
     *
     * @param matches how many documents the query matches
     */
    List<FacetCounts> count(IndexSearcher searcher, Query query, long matches) throws IOException {
        int step = step(matches);
        Query counted = step == 1 ? query : new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.FILTER)
                .add(new SystematicSample(step), BooleanClause.Occur.FILTER)
                .build();
        FacetsCollector hits = searcher.search(counted, new FacetsCollectorManager());
        List<FacetCounts> counts = fields.count(searcher.getIndexReader(), hits);
        return step == 1 ? counts : counts.stream().map(c -> c.scaled(step)).toList();
    }

    /** 1 while the matches are few enough to count all; else the power of two that brings them under the sample size. */
    static int step(long matches) {
        if (matches <= ALL_UP_TO) {
            return 1;
        }
        int step = 2;
        while (matches / step > SAMPLE_SIZE) {
            step *= 2;
        }
        return step;
    }
}
