package org.sitrep.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
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
    private static final String ID = "id";
    private static final String TITLE = "title";
    private static final String TEXT = "text";
    private static final String ENTITIES = "entities";
    private static final String OUTLET = "outlet";
    private static final String OUTLET_KEY = "outlet_key";
    private static final String LANGUAGE = "language";
    private static final String DAY = "day";
    private static final String DAY_SORT = "day_sort";
    private static final int SNIPPET_PASSAGES = 2;
    /**
     * How long one search may collect hits, in milliseconds. An ordinary search takes a few milliseconds on the demo
     * corpus; two seconds leaves room for a large index while a reader still gets an answer.
     */
    public static final long TIME_LIMIT_MILLIS = 2_000;
    /**
     * Expensive searches (fuzzy, wildcard, regular expression) that run at once; more wait their turn. Half the
     * cores, so that eight of them sent at once leave the other half to everyone else's searches (issue 14: eight
     * such searches slowed every search fivefold).
     */
    private static final int EXPENSIVE_AT_ONCE = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    /** Where a commit records the layout of the index's documents. */
    private static final String LAYOUT_KEY = "sitrep.layout";
    /**
     * The layout this code writes; bumped when a field is added (2: the language) or the commit records more (3: the
     * article sequence number it holds through).
     */
    private static final String LAYOUT = "4";
    /**
     * The text with each term's character offsets in its postings, so the highlighter reads a hit's passages from the
     * index instead of analysing its whole text again.
     */
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();
    /** Where a commit records the highest article sequence number through which it holds every article. */
    private static final String SEQUENCE_KEY = "sitrep.sequence";

    private final Directory directory;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** What the last commit (or the one opened) records as held through; see {@link #heldThrough()}. */
    private volatile long heldThrough;
    private final Semaphore expensiveSearches = new Semaphore(EXPENSIVE_AT_ONCE, true);

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
        doc.add(new TextField(TITLE, a.title(), Field.Store.YES));
        doc.add(new Field(TEXT, a.text(), TEXT_WITH_OFFSETS));
        doc.add(new TextField(ENTITIES, String.join(" | ", a.entityNames()), Field.Store.NO));
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
            doc.add(new NumericDocValuesField(DAY_SORT, Long.MIN_VALUE));
        }
        try {
            writer.updateDocument(new Term(ID, a.id()), doc);
        } catch (IOException e) {
            throw new StorageException("cannot index article " + a.id() + ": " + e.getMessage(), e);
        }
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
     * Searches. An empty query text lists the articles the filters let through, newest first; otherwise the best
     * matches come first. Text that is not valid query syntax is searched as the words it holds. A search stops after
     * {@link #TIME_LIMIT_MILLIS} and returns what it found until then, marked partial.
     *
     * @throws InputException when the query asks for more than {@link QueryCost} allows, or holds a malformed
     *     regular expression
     * @throws SearchBusyException when expensive searches (fuzzy, wildcard, regular expression) by others held the
     *     index for longer than the time limit
     */
    public SearchResults search(SearchQuery q) {
        return guarded(q, (query, asWords) -> run(query, q, asWords));
    }

    /**
     * The ids of the articles a search matches, best first (newest first for an empty query text), at most
     * {@code limit}; the query's page is ignored. Limits and errors as for {@link #search}.
     */
    public SearchMatches matching(SearchQuery q, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1; got: " + limit);
        }
        return guarded(q, (query, asWords) -> ids(query, q, limit));
    }

    /** Parses the query and runs {@code work} on it, waiting its turn when the query is expensive. */
    private <T> T guarded(SearchQuery q, java.util.function.BiFunction<Query, Boolean, T> work) {
        UserQueryParser.Parsed parsed = q.text().isEmpty() ? new UserQueryParser.Parsed(new MatchAllDocsQuery(), false)
                : new UserQueryParser(new String[] {TITLE, TEXT, ENTITIES}, analyzer, Map.of(TITLE, 2f, TEXT, 1f, ENTITIES, 1.5f))
                        .read(q.text());
        boolean expensive = QueryCost.check(parsed.query(), q.text()) > 0;
        Query query = filtered(parsed.query(), q);
        if (!expensive) {
            return work.apply(query, parsed.asWords());
        }
        if (!expensiveSearches.tryAcquire()) {
            awaitTurn(q);
        }
        try {
            return work.apply(query, parsed.asWords());
        } finally {
            expensiveSearches.release();
        }
    }

    private SearchMatches ids(Query query, SearchQuery q, int limit) {
        return withSearcher(q, searcher -> {
            TopDocs top = top(searcher, query, q, limit);
            List<String> ids = new ArrayList<>(top.scoreDocs.length);
            var fields = searcher.storedFields();
            for (var hit : top.scoreDocs) {
                ids.add(fields.document(hit.doc, java.util.Set.of(ID)).get(ID));
            }
            return new SearchMatches(ids, top.totalHits.value, searcher.timedOut());
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
                IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
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

    /** The best {@code n} hits; newest first when there are no words to rank by. */
    private static TopDocs top(IndexSearcher searcher, Query query, SearchQuery q, int n) throws IOException {
        return q.text().isEmpty()
                ? searcher.search(query, n, new Sort(new SortField(DAY_SORT, SortField.Type.LONG, true)))
                : searcher.search(query, n);
    }

    /** Waits for another expensive search to end, at most the time limit. */
    private void awaitTurn(SearchQuery q) {
        try {
            if (!expensiveSearches.tryAcquire(TIME_LIMIT_MILLIS, TimeUnit.MILLISECONDS)) {
                throw new SearchBusyException("q", "the server is busy with other fuzzy, wildcard or regular-expression "
                        + "searches; try again in a moment, or search without ~, * or /…/; got: " + q.text());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchBusyException("q", "the search was interrupted; got: " + q.text());
        }
    }

    private SearchResults run(Query query, SearchQuery q, boolean asWords) {
        return withSearcher(q, searcher -> {
            TopDocs top = top(searcher, query, q, q.page().offset() + q.page().size());
            var page = new ResultPage<>(hits(searcher, query, top, q), top.totalHits.value, q.page().page(), q.page().size());
            return new SearchResults(page, searcher.timedOut(), asWords);
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
        return b.build();
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query query, TopDocs top, SearchQuery q) throws IOException {
        int from = Math.min(q.page().offset(), top.scoreDocs.length);
        TopDocs page = new TopDocs(top.totalHits, java.util.Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length));
        Object[] snippets = new Object[page.scoreDocs.length];
        if (!q.text().isEmpty() && page.scoreDocs.length > 0) {
            SnippetHighlighter highlighter = new SnippetHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new SnippetFormatter())
                    .withMaxLength(200_000));
            // Rewritten, a fuzzy term is the few index terms it matched, which the highlighter finds by lookup;
            // as written, it re-read every hit through each term's automaton (0.05 s a hit with 8 such terms).
            snippets = highlighter.snippets(new String[] {TEXT}, searcher.rewrite(query),
                    docIds(page), new int[] {SNIPPET_PASSAGES}).get(TEXT);
        }
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < page.scoreDocs.length; i++) {
            Document d = searcher.storedFields().document(page.scoreDocs[i].doc);
            hits.add(new SearchHit(d.get(ID), d.get(TITLE), d.get(OUTLET), day(d), snippet(snippets[i], d.get(TEXT))));
        }
        return hits;
    }

    private static int[] docIds(TopDocs page) {
        int[] ids = new int[page.scoreDocs.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = page.scoreDocs[i].doc;
        }
        return ids;
    }

    @SuppressWarnings("unchecked")
    private static List<SnippetPart> snippet(Object highlighted, String text) {
        if (highlighted instanceof List<?> parts && !parts.isEmpty()) {
            return (List<SnippetPart>) parts;
        }
        String start = text == null ? "" : text.length() > 240 ? text.substring(0, 240) + "…" : text;
        return List.of(new SnippetPart(start, false));
    }

    private static LocalDate day(Document d) {
        var field = d.getField(DAY);
        return field == null ? null : LocalDate.ofEpochDay(field.numericValue().longValue());
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
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new StorageException("cannot close the search index: " + e.getMessage(), e);
        }
    }
}
