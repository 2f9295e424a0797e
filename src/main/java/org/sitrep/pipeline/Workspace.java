package org.sitrep.pipeline;

import java.nio.file.Path;
import org.sitrep.core.Processed;
import org.sitrep.core.StoredArticle;
import org.sitrep.index.IndexedArticle;
import org.sitrep.index.SearchIndex;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.Database;
import org.sitrep.store.SaveResult;
import org.sitrep.store.CorrectionStore;
import org.sitrep.store.SourceStore;

/** A data directory opened: its database, article store and search index, kept in step. */
public final class Workspace implements AutoCloseable {
    private final Path dataDir;
    private final Database database;
    private final ArticleStore store;
    private final SourceStore sources;
    private final CorrectionStore corrections;
    private final SearchIndex index;

    private Workspace(Path dataDir, Database database, SearchIndex index) {
        this.dataDir = dataDir;
        this.database = database;
        this.store = new ArticleStore(database);
        this.sources = new SourceStore(database);
        this.corrections = new CorrectionStore(database);
        this.index = index;
    }

    /**
     * Opens (creating if needed) the data directory; an index that is empty, or was written by an earlier version,
     * over a non-empty store is rebuilt.
     */
    public static Workspace open(Path dataDir) {
        Database db = Database.open(dataDir);
        SearchIndex index;
        try {
            index = SearchIndex.open(dataDir);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        Workspace w = new Workspace(dataDir, db, index);
        if ((index.size() == 0 || index.outdated()) && w.store.count() > 0) {
            w.reindex();
        }
        return w;
    }

    /** Stores an article and indexes it; the index shows it after the next {@link SearchIndex#commit()}. */
    public SaveResult save(Processed processed) {
        SaveResult result = store.save(processed);
        index.put(IndexedArticles.of(result.id(), processed.article(), processed.entities()));
        return result;
    }

    /** Rebuilds the search index from the store; returns how many articles were indexed. */
    public int reindex() {
        index.clear();
        int[] count = {0};
        store.forEach((StoredArticle a) -> {
            IndexedArticle doc = IndexedArticles.of(a.id(), a.article(), a.entities());
            index.put(doc);
            count[0]++;
        });
        index.commit();
        return count[0];
    }

    public Path dataDir() {
        return dataDir;
    }

    public ArticleStore store() {
        return store;
    }

    public SourceStore sources() {
        return sources;
    }

    public CorrectionStore corrections() {
        return corrections;
    }

    public SearchIndex index() {
        return index;
    }

    @Override
    public void close() {
        try {
            index.close();
        } finally {
            database.close();
        }
    }
}
