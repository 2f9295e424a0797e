package org.sitrep.web;

import org.sitrep.core.PageRequest;
import org.sitrep.core.ResultPage;
import org.sitrep.pipeline.Workspace;
import org.sitrep.store.EventQuery;

/** The first incidents of a query, as the entity and place pages list them. */
final class EventItems {
    /** Incidents an entity or place page lists; the events page has the rest. */
    static final int LISTED = 10;

    private EventItems() {
    }

    static ResultPage<EventItem> page(Workspace workspace, EventQuery query) {
        var page = workspace.events().incidents(query, new PageRequest(1, LISTED));
        return new ResultPage<>(page.items().stream().map(EventItem::of).toList(), page.total(), page.page(), page.size());
    }
}
