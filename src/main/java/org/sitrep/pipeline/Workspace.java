package org.sitrep.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Function;
import org.sitrep.core.Correction;
import org.sitrep.core.Processed;
import org.sitrep.core.StorageException;
import org.sitrep.index.SearchIndex;
import org.sitrep.nlp.ActorGazetteer;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.CorrectionStore;
import org.sitrep.store.DailyCounts;
import org.sitrep.store.Database;
import org.sitrep.store.PlaceStore;
import org.sitrep.store.PostgresAddress;
import org.sitrep.store.PendingArticle;
import org.sitrep.store.SaveAttempt;
import org.sitrep.store.SaveResult;
import org.sitrep.store.SourceStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A data directory opened: its database, article store and search index, kept in step.
 *
 * <p>Every change to a stored article takes the next number of the article sequence in the database, and each
 * index commit records the number through which it holds every article. Opening a data directory re-indexes the
 * articles changed after that number, so articles saved before a crash but not yet committed to the index become
 * searchable again.
 */
public final class Workspace implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);
    /** The file in the data directory naming the database the search index was built from (absent: the SQLite file). */
    private static final String INDEXED_FROM = "index-database";
    private static final String SQLITE = "sqlite";

    private final Path dataDir;
    private final Database database;
    private final ArticleStore store;
    private final SourceStore sources;
    private final CorrectionStore corrections;
    private final PlaceStore places;
    private final OutletHomes outletHomes;
    private final DailyCounts dailyCounts;
    private final SearchIndex index;

    /**
     * Held while an article takes its sequence number in the database and joins {@link #unindexed}, so that the
     * numbers join it in order. The database serialises its writes anyway; this adds only the bookkeeping.
     */
    private final Object numbering = new Object();
    /**
     * Held while an article is given to the index writer, and while the index commits. Worker threads save
     * concurrently, so without an order a commit could record number 12 while the thread that saved number 11 had
     * not yet given it to the writer, and a crash after that commit would lose 11 for good. So a save gives its
     * article to the writer under this lock only once every lower number taken by a save is there (see
     * {@link #unindexed}), and when the index commits under it, the writer holds exactly the articles through
     * {@link #indexedThrough}. It is a lock apart from {@link #numbering} so that one thread's index update (the
     * analysis of its text, the larger part) runs while the next thread's article is written to the database; the
     * pipeline's work runs in parallel outside both.
     */
    private final Object indexing = new Object();
    /** Every article numbered at most this is in the index writer; guarded by {@link #indexing}. */
    private long indexedThrough;
    /**
     * The numbers saves have taken and not yet given to the index writer. Added to under {@link #numbering}, in
     * order, and removed from under {@link #indexing}, whose waiters are then notified.
     */
    private final NavigableSet<Long> unindexed = new ConcurrentSkipListSet<>();

    private Workspace(Path dataDir, Database database, SearchIndex index) {
        this.dataDir = dataDir;
        this.database = database;
        this.store = new ArticleStore(database);
        this.sources = new SourceStore(database);
        this.corrections = new CorrectionStore(database);
        this.places = new PlaceStore(database);
        this.outletHomes = new OutletHomes(places);
        this.dailyCounts = new DailyCounts(database);
        this.index = index;
        this.indexedThrough = index.heldThrough();
        index.useNames(new KnownNames(ActorGazetteer::shared, store));
    }

    /**
     * Opens (creating if needed) the data directory and brings the search index up to the database: articles
     * changed after the last index commit (a crash, or a correction made while the index was closed) are indexed
     * again, and articles removed since are removed. An index written by an earlier version, or one that is ahead
     * of the database (a database restored from a copy), is rebuilt. When the index is up to date this costs one
     * query.
     */
    public static Workspace open(Path dataDir) {
        long started = System.nanoTime();
        return open(dataDir, Database.open(dataDir), SQLITE, started);
    }

    /**
     * Opens a data directory whose database is the PostgreSQL database at {@code server} rather than the directory's
     * SQLite file; the directory holds the search index of this process, which catches up with the database as in
     * {@link #open(Path)}. Several processes may open the same database, each with a data directory of its own.
     */
    public static Workspace open(Path dataDir, PostgresAddress server) {
        long started = System.nanoTime();
        return open(dataDir, Database.open(server),
                "postgresql://" + server.host() + ":" + server.port() + "/" + server.database(), started);
    }

    /**
     * @param database names the database, so that an index built from another one (the directory's SQLite file
     *                 before {@code --db}, or another PostgreSQL database) is rebuilt rather than caught up by
     *                 numbers that mean other articles there
     */
    private static Workspace open(Path dataDir, Database db, String database, long started) {
        SearchIndex index;
        try {
            index = SearchIndex.open(dataDir);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        Workspace w = new Workspace(dataDir, db, index);
        try {
            w.bringIndexUpToDate(w.indexedFromAnother(database));
            w.recordIndexedFrom(database);
        } catch (RuntimeException e) {
            try {
                w.close();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
        LOG.debug("{}: opened in {} ms; the search index holds every change through number {}", dataDir,
                millisSince(started), w.indexedThrough);
        return w;
    }

    private static long millisSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1_000_000;
    }

    /**
     * Whether the index was built from a database other than {@code database}. A directory that names none was only
     * ever used with its SQLite file, as before the option existed.
     */
    private boolean indexedFromAnother(String database) {
        Path file = dataDir.resolve(INDEXED_FROM);
        try {
            String recorded = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : SQLITE;
            return !recorded.equals(database) && indexedThrough > 0;
        } catch (IOException e) {
            throw new StorageException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private void recordIndexedFrom(String database) {
        Path file = dataDir.resolve(INDEXED_FROM);
        try {
            if (!database.equals(SQLITE) || Files.exists(file)) {
                Files.writeString(file, database + "\n", StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new StorageException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private void bringIndexUpToDate(boolean fromAnotherDatabase) {
        synchronized (indexing) {
            long started = System.nanoTime();
            long latest = store.sequence();
            if (fromAnotherDatabase) {
                int indexed = reindex();
                LOG.warn("{}: the search index was built from another database; rebuilt it from {} articles in {} ms",
                        dataDir, indexed, millisSince(started));
            } else if (index.outdated() || latest < indexedThrough) {
                int indexed = reindex();
                if (indexed > 0) {
                    LOG.warn("{}: the search index was missing, written by an earlier version, or ahead of the database; "
                            + "rebuilt it from {} articles in {} ms", dataDir, indexed, millisSince(started));
                }
            } else if (latest > indexedThrough) {
                CatchUp done = catchUp(latest);
                index.commit(indexedThrough);
                LOG.warn("{}: the search index lagged the database (was a run interrupted?); indexed {} articles again "
                        + "and removed {}, in {} ms", dataDir, done.indexed(), done.removed(), millisSince(started));
            }
        }
    }

    /** What a catch-up did: articles indexed again, and articles removed from the index. */
    private record CatchUp(int indexed, int removed) {
    }

    /**
     * Gives the index every article changed after {@link #indexedThrough} up to {@code through}, and removes the
     * articles removed meanwhile. Caller holds {@link #indexing}.
     */
    private CatchUp catchUp(long through) {
        var removed = store.removed(indexedThrough, through);
        removed.forEach(index::remove);
        int[] indexed = {0};
        store.forEachChanged(indexedThrough, through, a -> {
            index.put(IndexedArticles.of(a.id(), a.article(), a.entities(), a.quotes(), a.places()));
            indexed[0]++;
        });
        indexedThrough = through;
        return new CatchUp(indexed[0], removed.size());
    }

    /**
     * Indexes the articles that other processes sharing the database changed since this one last looked, and
     * commits the index if there were any; returns how many articles were indexed again or removed, 0 when none.
     * Costs one query when nothing changed. Only a database shared with other processes (PostgreSQL) needs it.
     */
    public int catchUp() {
        synchronized (indexing) {
            long latest = store.sequence();
            if (latest <= indexedThrough) {
                return 0;
            }
            CatchUp done = catchUp(latest);
            index.commit(indexedThrough);
            return done.indexed() + done.removed();
        }
    }

    /**
     * Stores an article and indexes it; the index shows it after the next {@link #commit()}. A copy of a stored
     * article under another address changes nothing the index holds.
     */
    public SaveResult save(Processed processed) {
        PendingArticle pending = PendingArticle.of(processed);
        SaveResult result;
        synchronized (numbering) {
            result = store.save(pending);
            if (result.outcome() == SaveResult.Outcome.COPY) {
                return result;
            }
            unindexed.add(result.sequence());
        }
        indexInTurn(List.of(new Saved(result, processed)));
        return result;
    }

    /**
     * Stores the articles in one transaction (see {@link ArticleStore#saveAll}), then indexes those saved, in order;
     * the index shows them after the next {@link #commit()}. An article that failed to save is returned with its
     * failure and the rest are saved and indexed.
     *
     * @return one attempt per article, in the order given
     * @throws StorageException when the batch as a whole cannot be saved; then none of it is
     */
    public List<SaveAttempt> saveAll(List<PendingArticle> articles) {
        List<SaveAttempt> attempts;
        List<Saved> saved = new ArrayList<>();
        synchronized (numbering) {
            attempts = store.saveAll(articles);
            for (SaveAttempt attempt : attempts) {
                attempt.saved().filter(r -> r.outcome() != SaveResult.Outcome.COPY).ifPresent(result -> {
                    unindexed.add(result.sequence());
                    saved.add(new Saved(result, attempt.article().processed()));
                });
            }
        }
        indexInTurn(saved);
        return attempts;
    }

    /** An article saved under a number of its own, on its way to the index. */
    private record Saved(SaveResult result, Processed processed) {
    }

    /**
     * Gives the index the articles just saved (their numbers in {@link #unindexed}, ascending), once every lower
     * number is there. A save whose index update failed leaves its number anyway, and the next save's catch-up
     * indexes it from the store.
     */
    private void indexInTurn(List<Saved> saved) {
        if (saved.isEmpty()) {
            return;
        }
        long first = saved.get(0).result().sequence();
        boolean interrupted = false;
        synchronized (indexing) {
            try {
                while (unindexed.first() < first) {
                    try {
                        indexing.wait();
                    } catch (InterruptedException e) {
                        // The article is saved: it goes to the index like any other, and the caller hears of it after.
                        interrupted = true;
                    }
                }
                saved.forEach(s -> indexSaved(s.result(), s.processed()));
            } finally {
                saved.forEach(s -> unindexed.remove(s.result().sequence()));
                indexing.notifyAll();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Gives the index an article just saved. Caller holds {@link #indexing}. */
    private void indexSaved(SaveResult result, Processed processed) {
        if (result.sequence() <= indexedThrough) {
            // A catch-up (a correction's, or another process's changes) indexed it from the store meanwhile.
            return;
        }
        if (result.sequence() > indexedThrough + 1) {
            // Numbers reach here in order, so a gap is a change made past the store's saves (a correction straight on
            // the store), a copy (which leaves its number unused), or an earlier save whose index update failed:
            // index those first, so the order holds.
            catchUp(result.sequence() - 1);
        }
        result.removed().forEach(index::remove);
        index.put(IndexedArticles.of(result.id(), processed.article(), processed.entities(), processed.quotes(),
                processed.places()));
        indexedThrough = result.sequence();
    }

    /**
     * Makes the saved articles visible to searches and durable, recording in the index commit how far it holds the
     * database, so that opening the data directory after a crash knows what to index again.
     */
    public void commit() {
        synchronized (indexing) {
            index.commit(indexedThrough);
        }
    }

    /**
     * Makes an analyst's correction (e.g. {@code c -> c.merge(from, into)}) and indexes again the articles it
     * changes, so searches by an entity's new name find them at once. Make corrections here rather than on
     * {@link #corrections()} directly, which leaves the index behind until the next save or opening.
     */
    public Correction correct(Function<CorrectionStore, Correction> correction) {
        synchronized (indexing) {
            Correction made = correction.apply(corrections);
            catchUp(store.sequence());
            index.commit(indexedThrough);
            return made;
        }
    }

    /** Rebuilds the search index from the store; returns how many articles were indexed. */
    public int reindex() {
        synchronized (indexing) {
            long through = store.sequence();
            index.clear();
            indexedThrough = 0;
            int[] count = {0};
            store.forEach(a -> {
                index.put(IndexedArticles.of(a.id(), a.article(), a.entities(), a.quotes(), a.places()));
                count[0]++;
            });
            indexedThrough = through;
            index.commit(through);
            return count[0];
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    public ArticleStore store() {
        return store;
    }

    /** The places the stored articles name. */
    public PlaceStore places() {
        return places;
    }

    /** The regions the article's outlet writes about, from its stored articles' places (none when unknown). */
    public org.sitrep.geo.OutletRegions outletRegions(org.sitrep.core.Article article) {
        return outletHomes.of(article);
    }

    /** The events the stored articles report, and the incidents they make. */
    public org.sitrep.store.EventStore events() {
        return store.events();
    }

    /** Counts per publication day, for timelines. */
    public DailyCounts dailyCounts() {
        return dailyCounts;
    }

    public SourceStore sources() {
        return sources;
    }

    /** The corrections made; make new ones through {@link #correct}, which keeps the index in step. */
    public CorrectionStore corrections() {
        return corrections;
    }

    public SearchIndex index() {
        return index;
    }

    /** Commits the index, recording how far it holds the database, and closes the index and the database. */
    @Override
    public void close() {
        try {
            try {
                commit();
            } finally {
                index.close();
            }
        } finally {
            database.close();
        }
    }
}
