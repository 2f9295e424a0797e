package org.sitrep.pipeline;

import org.sitrep.store.ArticleStore;
import org.sitrep.store.Database;
import org.sitrep.store.EventStore;
import org.sitrep.store.PlaceStore;
import org.sitrep.store.SourceStore;

/**
 * A data directory's database opened without its search index, for commands that only read what is stored (export,
 * a list of sources): the index admits one process at a time, the database many, so these work while a server runs.
 * Nothing written here would reach the index; write through a {@link Workspace}, or hand the work to the server.
 */
public final class Records implements AutoCloseable {
    private final Database database;
    private final ArticleStore store;

    private Records(Database database) {
        this.database = database;
        this.store = new ArticleStore(database);
    }

    /** The records of an opened database; closing them closes it. */
    public static Records of(Database database) {
        return new Records(database);
    }

    public ArticleStore store() {
        return store;
    }

    public EventStore events() {
        return store.events();
    }

    public PlaceStore places() {
        return new PlaceStore(database);
    }

    /** The corrections made, to read: one made here would not reach the index (see {@link Workspace#correct}). */
    public org.sitrep.store.CorrectionStore corrections() {
        return new org.sitrep.store.CorrectionStore(database);
    }

    public SourceStore sources() {
        return new SourceStore(database);
    }

    @Override
    public void close() {
        database.close();
    }
}
