package org.sitrep.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Counts a search's matches and their facets: every match while they are few, a sample of them when they are many.
 * Reading a match's facet values costs about a microsecond, so a two-word search that matches most of a million
 * articles would spend most of a second on it; a sample of a few thousand matches names the same leading values, with
 * counts near the true ones, in a few milliseconds.
 */
final class FacetTally {
    /** Matches counted one by one at most: about 10 ms of counting. */
    static final long ALL_UP_TO = 10_000;
    /**
     * Matches a sample holds at most: a value held by a twentieth of the matches is then counted within about ±6%
     * (one standard error), and the order of the leading values rarely changes.
     */
    static final long SAMPLE_SIZE = 5_000;

    /** The facet counts of a search's matches, and how many match, estimated from a sample or exact. */
    record Tally(List<FacetCounts> counts, long total, boolean totalEstimated) {
        Tally {
            counts = List.copyOf(counts);
        }
    }

    /** The sample a search that matches more than a thousand articles is first counted on: one in 64. */
    static final int PROBE_STEP = 64;
    /**
     * Matches in the probe from which its estimates stand: the total within about ±3% (one standard error, for
     * windows drawn independently), the leading facet values in their order. Fewer, and the search matches at most
     * about 128,000 articles, which are counted one by one (about 10 ms).
     */
    static final long PROBE_ENOUGH = 2_000;

    private final FacetFields fields;

    private final int probeStep;
    private final long probeEnough;

    FacetTally(FacetFields fields) {
        this(fields, PROBE_STEP, PROBE_ENOUGH);
    }

    /** A tally probing one document in {@code probeStep}, trusted from {@code probeEnough} matches in the probe. */
    FacetTally(FacetFields fields, int probeStep, long probeEnough) {
        this.fields = fields;
        this.probeStep = probeStep;
        this.probeEnough = probeEnough;
    }

    /**
     * The total and facets of {@code query}'s matches estimated from a probe of one window in {@link #PROBE_STEP},
     * without visiting every match (a two-word search matching most of a million articles spent most of its time
     * visiting them, JFR, issue 19); null when the probe holds fewer than {@link #PROBE_ENOUGH} matches (the query
     * matches at most about 128,000 documents), which are better counted one by one.
     */
    Tally probe(IndexSearcher searcher, Query query) throws IOException {
        SampledMatches.Found probe = SampledMatches.collect(searcher, sampled(query, probeStep));
        if (probe.total() < probeEnough) {
            return null;
        }
        int step = probeStep * probe.step();
        List<FacetCounts> counts = scaled(fields.count(searcher.getIndexReader(), probe.kept()), step);
        // A segment shorter than a run holds one window or none, so the estimate can pass the articles there are.
        return new Tally(counts, Math.min(probe.total() * probeStep, searcher.getIndexReader().numDocs()), true);
    }

    /**
     * The facet counts of what a pass of {@link SampledMatches} found, exact while it kept every match, else estimated
     * (marked so) from its sample; and how many it found, exactly.
     */
    Tally count(org.apache.lucene.index.IndexReader reader, SampledMatches.Found found) throws IOException {
        return new Tally(scaled(fields.count(reader, found.kept()), found.step()), found.total(), false);
    }

    /**
     * The facet counts of a search narrowed by facet filters, each facet counted over the matches of {@code base}
     * that the other facets' filters let through (see {@link FacetFields#sideways}); exact when {@code base} matches
     * at most about {@link #ALL_UP_TO} documents, otherwise estimated from a sample of them.
     */
    List<FacetCounts> countSideways(IndexSearcher searcher, Query base, List<FacetFilter> filters) throws IOException {
        // How many the base matches, from a small sample: counting them all would cost what the sample saves.
        int step = step((long) searcher.count(sampled(base, PROBE_STEP)) * PROBE_STEP);
        return scaled(fields.sideways(searcher, sampled(base, step), filters), step);
    }

    /** Counts taken over one match in {@code step}, as estimates for all; the counts themselves for a step of 1. */
    private static List<FacetCounts> scaled(List<FacetCounts> counts, int step) {
        return step == 1 ? counts : counts.stream().map(c -> c.scaled(step)).toList();
    }

    /** {@code query}'s matches among one document in each run of {@code step}; the query itself for a step of 1. */
    private static Query sampled(Query query, int step) {
        return step == 1 ? query : new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.FILTER)
                .add(new SystematicSample(step), BooleanClause.Occur.FILTER)
                .build();
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
