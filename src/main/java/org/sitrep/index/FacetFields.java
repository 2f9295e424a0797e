package org.sitrep.index;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The facets of the index: adds an article's values to its document (a doc-values ordinal per value to count by, a term
 * per value to filter by) and counts them over a search's hits. Thread-safe.
 *
 * <p>A value is stored as its key and its label joined by {@link #SEPARATOR}, so counting gives both at once without
 * asking the store for names.
 */
final class FacetFields {
    private static final char SEPARATOR = '\u0002';
    /** Values shown per facet. */
    static final int TOP = 10;

    private final FacetsConfig config = new FacetsConfig();
    /** The counting state of the reader last searched, rebuilt when the index changes (a refresh gives a new reader). */
    private volatile DefaultSortedSetDocValuesReaderState state;

    FacetFields() {
        for (Facet f : Facet.values()) {
            config.setMultiValued(f.key(), true);
        }
    }

    /** The document with the article's facet values added, ready for the writer. */
    Document build(Document doc, IndexedArticle a) throws IOException {
        boolean any = false;
        if (a.outlet() != null && !a.outlet().isBlank()) {
            any |= add(doc, Facet.OUTLET, a.outlet().toLowerCase(Locale.ROOT), a.outlet().strip(), false);
        }
        if (a.language() != null) {
            any |= add(doc, Facet.LANGUAGE, a.language(), a.language(), false);
        }
        if (a.published() != null) {
            String month = month(a.published());
            any |= add(doc, Facet.MONTH, month, month, false);
        }
        for (FacetEntry e : a.facets()) {
            any |= add(doc, e.facet(), e.key(), e.label(), true);
        }
        return any ? config.build(doc) : doc;
    }

    private static String month(LocalDate day) {
        return day.toString().substring(0, 7);
    }

    private static boolean add(Document doc, Facet facet, String key, String label, boolean filterTerm) {
        doc.add(new SortedSetDocValuesFacetField(facet.key(), clean(key) + SEPARATOR + clean(label)));
        if (filterTerm) {
            doc.add(new StringField(IndexFields.filter(facet), key, Field.Store.NO));
        }
        return true;
    }

    /** The value without the characters the facet encoding reserves (Lucene's path delimiter and ours). */
    private static String clean(String s) {
        return s.replace(FacetsConfig.DELIM_CHAR, ' ').replace(SEPARATOR, ' ');
    }

    /** The top values of every facet among the collected hits, in the order of {@link Facet}. */
    List<FacetCounts> count(IndexReader reader, FacetsCollector hits) throws IOException {
        DefaultSortedSetDocValuesReaderState s = state(reader);
        if (s == null) {
            return none();
        }
        return counts(new SortedSetDocValuesFacetCounts(s, hits), s, List.of());
    }

    private static List<FacetCounts> none() {
        List<FacetCounts> out = new ArrayList<>();
        for (Facet f : Facet.values()) {
            out.add(new FacetCounts(f, List.of()));
        }
        return out;
    }

    private static List<FacetCounts> counts(Facets facets, DefaultSortedSetDocValuesReaderState s, List<FacetFilter> selected)
            throws IOException {
        List<FacetCounts> out = new ArrayList<>();
        for (Facet f : Facet.values()) {
            out.add(new FacetCounts(f, values(facets, f, s, selected)));
        }
        return out;
    }

    /** The facet's top values, and after them any selected value that is not among the top. */
    private static List<FacetCount> values(Facets facets, Facet f, DefaultSortedSetDocValuesReaderState s, List<FacetFilter> selected)
            throws IOException {
        if (s.getOrdRange(f.key()) == null) {
            return List.of();
        }
        FacetResult r = f == Facet.MONTH ? facets.getAllChildren(f.key()) : facets.getTopChildren(TOP, f.key());
        if (r == null) {
            return List.of();
        }
        List<FacetCount> out = read(r);
        if (f == Facet.MONTH) {
            out.sort(java.util.Comparator.comparing(FacetCount::key));
        }
        java.util.Set<String> wanted = new java.util.HashSet<>();
        selected.stream().filter(sel -> sel.facet() == f).forEach(sel -> wanted.add(key(f, sel.key())));
        out.forEach(v -> wanted.remove(key(f, v.key())));
        if (!wanted.isEmpty()) {
            // A selected value outside the top ten is still listed, so that it can be taken off again.
            read(facets.getAllChildren(f.key())).stream().filter(v -> wanted.contains(key(f, v.key()))).forEach(out::add);
        }
        return out;
    }

    private static List<FacetCount> read(FacetResult r) {
        List<FacetCount> out = new ArrayList<>(r.labelValues.length);
        for (LabelAndValue lv : r.labelValues) {
            int cut = lv.label.indexOf(SEPARATOR);
            out.add(cut < 0 ? new FacetCount(lv.label, lv.label, lv.value.longValue())
                    : new FacetCount(lv.label.substring(0, cut), lv.label.substring(cut + 1), lv.value.longValue()));
        }
        return out;
    }

    /** A filter's value as its facet stores it: outlets in lower case. */
    private static String key(Facet f, String key) {
        return f == Facet.OUTLET ? key.toLowerCase(Locale.ROOT) : key;
    }

    /** The query that keeps the articles with one facet value. */
    static Query filter(FacetFilter f) {
        return new TermQuery(new Term(IndexFields.filter(f.facet()), key(f.facet(), f.key())));
    }

    /**
     * The counts of every facet over {@code base} narrowed by the filters (any value of one facet, and every facet
     * filtered), each facet counted over the articles that the other facets' filters let through: a facet that is
     * filtered still counts its other values, as a shop's filters do, so that a reader can add one. The count has no
     * time limit. Every facet without values when no article has a facet value yet.
     */
    List<FacetCounts> sideways(IndexSearcher searcher, Query base, List<FacetFilter> filters) throws IOException {
        DefaultSortedSetDocValuesReaderState s = state(searcher.getIndexReader());
        if (s == null) {
            return none();
        }
        DrillDownQuery drill = new DrillDownQuery(config, base);
        for (FacetFilter f : filters) {
            drill.add(f.facet().key(), filter(f));
        }
        // Without the searcher's time limit: Lucene's drill-sideways scorer refuses to score in the windows a time limit
        // cuts a search into. The costly queries (fuzzy, wildcard) stay bounded by QueryCost and ExpensiveSearches.
        DrillSideways sideways = new DrillSideways(new IndexSearcher(searcher.getIndexReader()), config, s);
        // Its one best hit is not read: the page of a filtered search is found like any other's.
        return counts(sideways.search(drill, 1).facets, s, filters);
    }

    /** The counting state for this reader, null when no article has a facet value yet. */
    private DefaultSortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
        DefaultSortedSetDocValuesReaderState s = state;
        if (s != null && s.getReader() == reader) {
            return s;
        }
        synchronized (this) {
            s = state;
            if (s != null && s.getReader() == reader) {
                return s;
            }
            try {
                s = new DefaultSortedSetDocValuesReaderState(reader, config);
            } catch (IllegalArgumentException noFacetsYet) {
                // Lucene refuses a reader whose documents carry no facet field at all: nothing to count.
                return null;
            }
            state = s;
            return s;
        }
    }
}
