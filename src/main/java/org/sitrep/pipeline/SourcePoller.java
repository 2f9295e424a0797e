package org.sitrep.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.Hints;
import org.sitrep.core.InputException;
import org.sitrep.core.Source;
import org.sitrep.extract.FeedItem;
import org.sitrep.extract.FeedReader;
import org.sitrep.ingest.WebFetcher;
import org.sitrep.store.ItemTurn;
import org.sitrep.store.SourceStore;

/**
 * Polls feeds and sitemaps: fetches each, then every item not taken before, and stores what it finds. An item is
 * taken before it is read and finished after, whether it can be read or not: a broken link is reported once rather
 * than at every poll. An item taken but not finished was being read when the process was killed: the next poll reads
 * it again (unless it was stored), so that no item is lost, and gives up on it after {@link SourceStore#MAX_ATTEMPTS},
 * so that an item that itself stops the process is not read at every restart. "New" counts only articles stored for
 * the first time: two items can be one article (the same text under two addresses).
 */
public final class SourcePoller {
    /** What one poll of one source did: {@code added} articles stored for the first time, {@code failed} items. */
    public record PollResult(Source source, int added, int failed, String status) {
    }

    private final Pipeline pipeline;
    private final Workspace workspace;
    private final WebFetcher fetcher;
    private final FeedReader feeds = new FeedReader();

    public SourcePoller(Pipeline pipeline, Workspace workspace, WebFetcher fetcher) {
        this.pipeline = pipeline;
        this.workspace = workspace;
        this.fetcher = fetcher;
    }

    /** Polls every source that is due at {@code now}, in id order. */
    public List<PollResult> pollDue(Instant now, IngestListener listener) {
        List<PollResult> out = new ArrayList<>();
        for (Source s : workspace.sources().list()) {
            if (s.isDue(now)) {
                out.add(poll(s, listener));
            }
        }
        return out;
    }

    public PollResult poll(Source source, IngestListener listener) {
        SourceStore store = workspace.sources();
        List<FeedItem> items;
        try {
            items = feeds.read(source.url(), fetcher.bytes(source.url()));
        } catch (InputException e) {
            listener.problem(e);
            store.polled(source.id(), Instant.now(), "failed: " + e.reason());
            return new PollResult(source, 0, 1, "failed: " + e.reason());
        }
        int added = 0;
        int failed = 0;
        for (FeedItem item : items) {
            ItemTurn turn = store.take(source.id(), item.url());
            if (turn == ItemTurn.DONE) {
                continue;
            }
            if (turn == ItemTurn.GIVEN_UP) {
                listener.problem(new InputException(item.url(), "not read again: the process stopped " + SourceStore.MAX_ATTEMPTS
                        + " times while reading it"));
                failed++;
                continue;
            }
            // A poll killed after storing an item and before finishing it: the article is there, no need to fetch it again.
            if (turn == ItemTurn.FIRST || !workspace.store().holdsAddress(item.url())) {
                var saved = PageIntake.take(pipeline, workspace, item.url(),
                        () -> fetcher.page(item.url(), new Hints(null, item.published(), null, item.url())), listener);
                if (saved.isEmpty()) {
                    failed++;
                } else if (saved.get().created()) {
                    added++;
                }
            }
            store.finish(source.id(), item.url());
        }
        workspace.commit();
        String status = added + " new, " + failed + " failed, " + items.size() + " in the feed";
        store.polled(source.id(), Instant.now(), status);
        return new PollResult(source, added, failed, status);
    }
}
