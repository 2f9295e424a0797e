package org.sitrep.index;

import static org.sitrep.index.IndexFields.DAY;
import static org.sitrep.index.IndexFields.DAY_SORT;
import static org.sitrep.index.IndexFields.ENTITIES;
import static org.sitrep.index.IndexFields.ID;
import static org.sitrep.index.IndexFields.LANGUAGE;
import static org.sitrep.index.IndexFields.OUTLET;
import static org.sitrep.index.IndexFields.OUTLET_KEY;
import static org.sitrep.index.IndexFields.PLACES;
import static org.sitrep.index.IndexFields.SPEAKERS;
import static org.sitrep.index.IndexFields.TEXT;
import static org.sitrep.index.IndexFields.TITLE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.sitrep.core.InputException;
import org.sitrep.core.ResultPage;
import org.sitrep.core.StorageException;


/**
 * The search index of a data directory ({@code index/}). One process writes it at a time; searches see writes
 * after {@link #commit()}. Thread-safe.
 */
public final class SearchIndex implements AutoCloseable {
    private static final int SNIPPET_PASSAGES = 2;
    /**
     * How long one search may collect hits, in milliseconds. An ordinary search takes a few milliseconds on the demo
     * corpus; two seconds leaves room for a large index while a reader still gets an answer.
     */
    public static final long TIME_LIMIT_MILLIS = 2_000;
    /** Where a commit records the layout of the index's documents. */
    private static final String LAYOUT_KEY = "sitrep.layout";
    /**
     * The layout this code writes; bumped when a field is added (2: the language; 5: facets, places and speakers) or the
     * commit records more (3: the article sequence number it holds through).
     */
    private static final String LAYOUT = "5";
    /**
     * The text and headline with each term's character offsets in its postings, so the highlighter reads a hit's
     * passages from the index instead of analysing the text again (for headlines, in an index in memory per hit: most of
     * a search's time when they were not stored so).
     */
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();
    /** Where a commit records the highest article sequence number through which it holds every article. */
    private static final String SEQUENCE_KEY = "sitrep.sequence";

    private final Directory directory;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /**
     * Threads that search the index's slices of one search side by side, one per core: a search that matches most of a
     * million articles then answers in about half the time on two cores (bench search, issue 19). Null on one core.
     */
    private final ExecutorService slices = slicePool();
    /** What the last commit (or the one opened) records as held through; see {@link #heldThrough()}. */
    private volatile long heldThrough;
    private final FacetFields facetFields = new FacetFields();
    /** The texts of the articles shown lately: 4 million characters (8 MB), some 1,000 articles of news length. */
    private final StoredTexts storedTexts = new StoredTexts(4_000_000);
    private final KeptFacetCounts keptFacetCounts = new KeptFacetCounts(64);
    private final FacetTally facetTally = new FacetTally(facetFields);
    private final ExpensiveSearches expensiveSearches = new ExpensiveSearches(TIME_LIMIT_MILLIS);
    private volatile EntityNames names = EntityNames.NONE;

    private SearchIndex(Directory directory, IndexWriter writer) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        String recorded = commitData(SEQUENCE_KEY);
        this.heldThrough = recorded == null ? 0 : Long.parseLong(recorded);
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static ExecutorService slicePool() {
        int cores = Runtime.getRuntime().availableProcessors();
        if (cores < 2) {
            return null;
        }
        AtomicInteger made = new AtomicInteger();
        return Executors.newFixedThreadPool(cores, task -> {
            Thread t = new Thread(task, "sitrep-search-slice-" + made.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Opens (creating if needed) the index in {@code dataDir/index}. */
    public static SearchIndex open(Path dataDir) {
        Path path = dataDir.resolve("index");
        try {
            Files.createDirectories(path);
            Directory dir = FSDirectory.open(path);
            IndexWriterConfig config = new IndexWriterConfig(new EnglishAnalyzer());
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            return new SearchIndex(dir, new IndexWriter(dir, config));
        } catch (LockObtainFailedException e) {
            throw new org.sitrep.core.DirectoryInUseException(dataDir, "the search index " + path + " is in use by another Sitrep process "
                    + "(a running 'sitrep serve' or 'sitrep demo'?); stop it or use another --data directory", e);
        } catch (IOException e) {
            throw new StorageException("cannot open search index " + path + ": " + e.getMessage(), e);
        }
    }

    /** Adds or replaces an article. */
    public void put(IndexedArticle a) {
        Document doc = new Document();
        doc.add(new StringField(ID, a.id(), Field.Store.YES));
        doc.add(new Field(TITLE, a.title(), TEXT_WITH_OFFSETS));
        doc.add(new Field(TEXT, a.text(), TEXT_WITH_OFFSETS));
        HitFields.add(doc, a);
        doc.add(new TextField(ENTITIES, String.join(" | ", a.entityNames()), Field.Store.NO));
        doc.add(new TextField(PLACES, labels(a, Facet.PLACE), Field.Store.NO));
        doc.add(new TextField(SPEAKERS, labels(a, Facet.SPEAKER), Field.Store.NO));
        if (a.outlet() != null) {
            doc.add(new StoredField(OUTLET, a.outlet()));
            doc.add(new StringField(OUTLET_KEY, a.outlet().toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        if (a.language() != null) {
            doc.add(new StringField(LANGUAGE, a.language(), Field.Store.NO));
        }
        if (a.published() != null) {
            long day = a.published().toEpochDay();
            doc.add(new LongPoint(DAY, day));
            doc.add(new StoredField(DAY, day));
            doc.add(new NumericDocValuesField(DAY_SORT, day));
        } else {
            doc.add(new NumericDocValuesField(DAY_SORT, HitFields.UNDATED));
        }
        try {
            writer.updateDocument(new Term(ID, a.id()), facetFields.build(doc, a));
        } catch (IOException e) {
            throw new StorageException("cannot index article " + a.id() + ": " + e.getMessage(), e);
        }
    }

    /** The names of an article's values of a facet, as words apart ("Aleppo | Homs"). */
    private static String labels(IndexedArticle a, Facet facet) {
        return String.join(" | ", a.facets().stream().filter(e -> e.facet() == facet).map(FacetEntry::label).distinct().toList());
    }

    /**
     * Searches from now on also find the other spellings of the entities that query words name, as {@code names}
     * knows them (and as {@link SearchQuery#aliases()} asks).
     */
    public void useNames(EntityNames value) {
        this.names = java.util.Objects.requireNonNull(value, "names");
    }

    /** Removes an article; nothing happens when the index does not hold it. */
    public void remove(String id) {
        try {
            writer.deleteDocuments(new Term(ID, id));
        } catch (IOException e) {
            throw new StorageException("cannot remove article " + id + " from the search index: " + e.getMessage(), e);
        }
    }

    /**
     * Removes every article from the index (before a rebuild). Until the next {@link #commit(long)} the index
     * records that it holds nothing, so that a commit Lucene makes on closing, after a rebuild that failed half-way,
     * cannot claim the articles that were cleared.
     */
    public synchronized void clear() {
        try {
            writer.deleteAll();
            record(0);
        } catch (IOException e) {
            throw new StorageException("cannot clear the search index: " + e.getMessage(), e);
        }
    }

    /**
     * Makes what was put visible to searches and durable, recording in the same commit that the index holds every
     * article whose sequence number (in the database) is at most {@code heldThrough}. The caller guarantees that: it
     * puts each article before it passes its number here. Does nothing when nothing changed since the last commit.
     *
     * @throws IllegalArgumentException when {@code heldThrough} is negative
     */
    public synchronized void commit(long heldThrough) {
        if (heldThrough < 0) {
            throw new IllegalArgumentException("heldThrough must be >= 0; got: " + heldThrough);
        }
        if (heldThrough == this.heldThrough && !writer.hasUncommittedChanges()) {
            return;
        }
        try {
            record(heldThrough);
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new StorageException("cannot commit the search index: " + e.getMessage(), e);
        }
    }

    /**
     * Sets what the next commit records; Lucene commits the data set last, also when it commits on closing, so it is
     * true of every later commit too (a commit holds at least what the earlier ones held).
     */
    private void record(long heldThrough) {
        writer.setLiveCommitData(Map.of(LAYOUT_KEY, LAYOUT, SEQUENCE_KEY, Long.toString(heldThrough)).entrySet());
        this.heldThrough = heldThrough;
    }

    /**
     * The article sequence number the last commit records: the index holds every article whose number is at most
     * this (and maybe later ones). 0 when the index was never committed or was committed by an earlier layout.
     */
    public long heldThrough() {
        return heldThrough;
    }

    /**
     * What the last commit of the index in {@code dataDir} records as held through (see {@link #heldThrough()}),
     * read without opening the index for writing, so also while another process writes it; 0 when there is no
     * index, or its last commit records no number.
     */
    public static long committedThrough(Path dataDir) {
        Path path = dataDir.resolve("index");
        if (!Files.isDirectory(path)) {
            return 0;
        }
        try (Directory dir = FSDirectory.open(path)) {
            if (!DirectoryReader.indexExists(dir)) {
                return 0;
            }
            String recorded = SegmentInfos.readLatestCommit(dir).getUserData().get(SEQUENCE_KEY);
            return recorded == null ? 0 : Long.parseLong(recorded);
        } catch (IOException e) {
            throw new StorageException("cannot read the last commit of search index " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Searches, and counts the matching articles by each {@link Facet}. An empty query text lists the articles the
     * filters let through, newest first; otherwise the best matches come first, or the order the query asks. Query
     * text is read for people (see {@link UserQueryParser}): text that is not valid query syntax is searched as the
     * words it holds, and words that name a known entity also find its other spellings. A search stops after
     * {@link #TIME_LIMIT_MILLIS} and returns what it found until then, marked partial.
     *
     * @throws InputException when the query asks for more than {@link QueryCost} allows, names a field that does not
     *     exist, gives a field a value it cannot take, or holds a malformed regular expression
     * @throws SearchBusyException when expensive searches (fuzzy, wildcard, regular expression) by others held the
     *     index for longer than the time limit
     */
    public SearchResults search(SearchQuery q) {
        return guarded(q, parsed -> run(parsed, q));
    }

    /**
     * The ids of the articles a search matches, best first (newest first for an empty query text), at most
     * {@code limit}; the query's page is ignored. Limits and errors as for {@link #search}.
     */
    public SearchMatches matching(SearchQuery q, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1; got: " + limit);
        }
        return guarded(q, parsed -> ids(parsed.query(), q, limit));
    }

    /**
     * A query as the index runs it: filters applied, and what its words found by name.
     *
     * @param unfaceted the query with every filter but the facet filters, which a drill-sideways search adds itself
     */
    private record Prepared(Query query, Query highlight, List<NamedEntity> aliases, boolean asWords, Query unfaceted) {
    }

    /**
     * How many articles a search matches, exactly; the query's page and order are ignored. Limits and errors as for
     * {@link #search}.
     */
    public long count(SearchQuery q) {
        return guarded(q, parsed -> withSearcher(q, searcher -> (long) searcher.count(parsed.query())));
    }

    /**
     * How the search would run: at once, as one of the {@link ExpensiveSearches} (fuzzy, wildcard, regular-expression
     * or text-range terms), which wait for their own turns, or not at all, refused by the limits.
     */
    public SearchCost cost(SearchQuery q) {
        try {
            return QueryCost.check(parsed(q).query(), q.text()) > 0 ? SearchCost.EXPENSIVE : SearchCost.ORDINARY;
        } catch (InputException e) {
            return SearchCost.REFUSED;
        }
    }

    private UserQueryParser.Parsed parsed(SearchQuery q) {
        return q.text().isEmpty()
                ? new UserQueryParser.Parsed(new MatchAllDocsQuery(), new MatchAllDocsQuery(), List.of(), false)
                : new UserQueryParser(new String[] {TITLE, TEXT, ENTITIES}, analyzer, Map.of(TITLE, 2f, TEXT, 1f, ENTITIES, 1.5f),
                        q.aliases() ? names : EntityNames.NONE).read(q.text());
    }

    /** Parses the query and runs {@code work} on it, as one of the {@link ExpensiveSearches} when it is one. */
    private <T> T guarded(SearchQuery q, java.util.function.Function<Prepared, T> work) {
        UserQueryParser.Parsed parsed = parsed(q);
        boolean expensive = QueryCost.check(parsed.query(), q.text()) > 0;
        Prepared prepared = new Prepared(filtered(parsed.query(), q), parsed.highlight(), parsed.aliases(), parsed.asWords(),
                filtered(parsed.query(), q.withFilters(List.of())));
        if (!expensive) {
            return work.apply(prepared);
        }
        return expensiveSearches.run(q, () -> work.apply(prepared));
    }

    private SearchMatches ids(Query query, SearchQuery q, int limit) {
        return withSearcher(q, searcher -> {
            TopDocs top = top(searcher, query, q, limit);
            int[] docs = docIds(top);
            return new SearchMatches(java.util.Arrays.asList(HitFields.ids(searcher.getIndexReader(), docs)),
                    java.util.Arrays.asList(HitFields.days(searcher.getIndexReader(), docs)), total(searcher, query, top), searcher.timedOut());
        });
    }

    /** Work done with a searcher of its own. */
    @FunctionalInterface
    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /**
     * Runs {@code work} with a searcher of its own over the current index, limited to the search time limit; errors
     * become the user's or storage errors.
     */
    private <T> T withSearcher(SearchQuery q, SearcherWork<T> work) {
        try {
            IndexSearcher shared = searchers.acquire();
            try {
                // A searcher per search: the time limit starts when it is set and would otherwise be shared.
                IndexSearcher searcher = new IndexSearcher(shared.getIndexReader(), slices);
                searcher.setTimeout(new QueryTimeoutImpl(TIME_LIMIT_MILLIS));
                return work.apply(searcher);
            } finally {
                searchers.release(shared);
            }
        } catch (IOException e) {
            throw new StorageException("search failed: " + e.getMessage(), e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InputException("q", "the query expands to more than " + IndexSearcher.getMaxClauseCount()
                    + " terms; use fewer fuzzy, wildcard or regular-expression terms; got: " + q.text(), e);
        }
    }

    /** The order of the hits: by publication day when asked, or when there are no words to rank by; else by score. */
    private static Sort order(SearchQuery q) {
        boolean newest = q.sort() == SearchSort.NEWEST || q.sort() == SearchSort.RELEVANCE && q.text().isEmpty();
        return newest ? new Sort(new SortField(DAY_SORT, SortField.Type.LONG, true)) : null;
    }

    /** Collects the best {@code n} hits in the query's order, visiting every match. */
    private static CollectorManager<?, ? extends TopDocs> everyMatch(SearchQuery q, int n) {
        Sort sort = order(q);
        return sort == null ? new TopScoreDocCollectorManager(n, null, Integer.MAX_VALUE)
                : new TopFieldCollectorManager(sort, n, null, Integer.MAX_VALUE);
    }

    /** The best {@code n} hits in the query's order. */
    private static TopDocs top(IndexSearcher searcher, Query query, SearchQuery q, int n) throws IOException {
        Sort sort = order(q);
        return sort == null ? searcher.search(query, n) : searcher.search(query, n, sort);
    }

    /**
     * How many documents match, exactly unless the search reached its time limit: the best hits were collected
     * counting only the first thousand matches (Lucene then skips those that cannot reach the page), so a larger total
     * is counted apart, which reads no scores.
     */
    private static long total(IndexSearcher searcher, Query query, TopDocs top) throws IOException {
        // A count stopped by the time limit is what it counted until then, which may be fewer than the hits collected.
        return top.totalHits.relation == TotalHits.Relation.EQUAL_TO ? top.totalHits.value
                : Math.max(top.totalHits.value, searcher.count(query));
    }

    /** The page of hits, how many match, and the facet counts (estimated from a sample when the matches are many). */
    private SearchResults run(Prepared p, SearchQuery q) {
        return withSearcher(q, searcher -> {
            int n = q.page().offset() + q.page().size();
            FacetTally.Tally tally = keptFacetCounts.get(searcher.getIndexReader(), p.query());
            boolean counted = tally == null;
            TopDocs top = null;
            if (counted && q.filters().isEmpty()) {
                tally = facetTally.probe(searcher, p.query());
                if (tally == null) {
                    // Few enough to visit each: one pass finds the page, counts every match and reads the facets of
                    // (a sample of) them; a page found apart would visit the matches twice (phrases are costly).
                    Object[] found = searcher.search(p.query(), new MultiCollectorManager(everyMatch(q, n), SampledMatches.manager()));
                    top = (TopDocs) found[0];
                    tally = facetTally.count(searcher.getIndexReader(), (SampledMatches.Found) found[1]);
                }
            }
            if (top == null) {
                // The page by itself: without facets to count, Lucene skips the matches that cannot reach it.
                top = top(searcher, p.query(), q, n);
            }
            if (tally == null) {
                tally = new FacetTally.Tally(facetTally.countSideways(searcher, p.unfaceted(), q.filters()), total(searcher, p.query(), top), false);
            }
            boolean partial = searcher.timedOut();
            long total = Math.max(top.totalHits.value, tally.total());
            var page = new ResultPage<>(hits(searcher, p, top, q), total, q.page().page(), q.page().size());
            if (counted && !partial) {
                keptFacetCounts.put(searcher.getIndexReader(), p.query(), tally);
            }
            return new SearchResults(page, partial, p.asWords(), tally.counts(), p.aliases(), tally.totalEstimated());
        });
    }

    private Query filtered(Query text, SearchQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(text, BooleanClause.Occur.MUST);
        if (q.outlet() != null) {
            b.add(new TermQuery(new Term(OUTLET_KEY, q.outlet().toLowerCase(Locale.ROOT))), BooleanClause.Occur.FILTER);
        }
        if (q.language() != null) {
            b.add(new TermQuery(new Term(LANGUAGE, q.language())), BooleanClause.Occur.FILTER);
        }
        if (q.from() != null || q.to() != null) {
            long from = q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay();
            long to = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
            b.add(LongPoint.newRangeQuery(DAY, from, to), BooleanClause.Occur.FILTER);
        }
        // One facet's values are alternatives (outlet A or B); each facet filtered narrows further.
        Map<Facet, BooleanQuery.Builder> anyOf = new java.util.EnumMap<>(Facet.class);
        for (FacetFilter f : q.filters()) {
            anyOf.computeIfAbsent(f.facet(), k -> new BooleanQuery.Builder()).add(FacetFields.filter(f), BooleanClause.Occur.SHOULD);
        }
        anyOf.values().forEach(values -> b.add(values.build(), BooleanClause.Occur.FILTER));
        return b.build();
    }

    private List<SearchHit> hits(IndexSearcher searcher, Prepared p, TopDocs top, SearchQuery q) throws IOException {
        int from = Math.min(q.page().offset(), top.scoreDocs.length);
        TopDocs page = new TopDocs(top.totalHits, java.util.Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length));
        Object[] snippets = new Object[page.scoreDocs.length];
        Object[] titles = new Object[page.scoreDocs.length];
        if (!q.text().isEmpty() && page.scoreDocs.length > 0) {
            SnippetHighlighter highlighter = new SnippetHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new SnippetFormatter())
                    .withScorer(new SnippetPassageScorer())
                    .withMaxLength(200_000)
                    .withWeightMatches(false), TITLE, storedTexts);
            // Rewritten, a fuzzy term is the few index terms it matched, which the highlighter finds by lookup;
            // as written, it re-read every hit through each term's automaton (0.05 s a hit with 8 such terms).
            Map<String, Object[]> marked = highlighter.snippets(new String[] {TEXT, TITLE}, searcher.rewrite(p.highlight()),
                    docIds(page), new int[] {SNIPPET_PASSAGES, 1});
            snippets = marked.get(TEXT);
            titles = marked.get(TITLE);
        }
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < page.scoreDocs.length; i++) {
            int doc = page.scoreDocs[i].doc;
            HitFields.Shown shown = HitFields.shown(searcher.getIndexReader(), doc);
            List<SnippetPart> snippet = snippets[i] instanceof List<?> parts && !parts.isEmpty() ? snippet(parts)
                    : opening(text(searcher, doc));
            hits.add(new SearchHit(shown.id(), shown.title(), shown.outlet(), shown.published(), snippet,
                    titleParts(titles[i], shown.title())));
        }
        return hits;
    }

    private String text(IndexSearcher searcher, int doc) throws IOException {
        CharSequence text = storedTexts.values(searcher.getIndexReader(), doc, new String[] {TEXT}, Integer.MAX_VALUE)[0];
        return text == null ? null : text.toString();
    }

    /** The headline with its matches marked, whole: unmarked when nothing in it matched. */
    @SuppressWarnings("unchecked")
    private static List<SnippetPart> titleParts(Object highlighted, String title) {
        if (highlighted instanceof List<?> parts && !parts.isEmpty()) {
            return (List<SnippetPart>) parts;
        }
        return List.of(new SnippetPart(title == null ? "" : title, false));
    }

    private static int[] docIds(TopDocs page) {
        int[] ids = new int[page.scoreDocs.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = page.scoreDocs[i].doc;
        }
        return ids;
    }

    @SuppressWarnings("unchecked")
    private static List<SnippetPart> snippet(List<?> parts) {
        return (List<SnippetPart>) parts;
    }

    /** The start of a text, for a hit whose text holds no match (or when there are no words to match). */
    private static List<SnippetPart> opening(String text) {
        String start = text == null ? "" : text.length() > 240 ? text.substring(0, 240) + "…" : text;
        return List.of(new SnippetPart(start, false));
    }

    /**
     * Whether the index was last committed by code that wrote its documents otherwise (or never committed): its
     * articles lack a field this code filters by, so it must be rebuilt from the store.
     */
    public boolean outdated() {
        return !LAYOUT.equals(commitData(LAYOUT_KEY));
    }

    /** The value the commit data (as last set or opened) holds under the key, {@code null} if none. */
    private String commitData(String key) {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> e : data) {
                if (e.getKey().equals(key)) {
                    return e.getValue();
                }
            }
        }
        return null;
    }

    /** How many articles the index holds. */
    public int size() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            if (slices != null) {
                slices.shutdown();
            }
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new StorageException("cannot close the search index: " + e.getMessage(), e);
        }
    }
}
