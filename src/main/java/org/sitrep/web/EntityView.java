package org.sitrep.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.core.ArticleSummary;
import org.sitrep.core.DayRange;
import org.sitrep.core.Entity;
import org.sitrep.core.EntitySummary;
import org.sitrep.core.ResultPage;
import org.sitrep.store.CoMentions;

/**
 * An entity page: the entity, the names it was written as, its timeline, and its statements and the articles that
 * mention it, published in the range the page lists.
 */
public record EntityView(Entity entity, List<String> spellings, ResultPage<StatementView> statements,
                         ResultPage<ArticleSummary> articles, CoMentions coMentions, Timeline timeline,
                         DayRange range, ResultPage<EventItem> events, boolean writable, CoMentionNetwork network) {
    /** The id of the timeline's date form. */
    static final String RANGE_FORM = "entity-range";
    /** The page's parts that the timeline's range replaces. */
    public static final String SWAPPED = "entity-events entity-statements entity-articles";

    /** The entities named with this one, most shared articles first. */
    public List<EntitySummary> coMentioned() {
        return coMentions.entities();
    }

    /** Which of the entity's articles the co-mentions were counted in: "its N articles" or "its newest N articles". */
    public String coMentionArticles() {
        int n = coMentions.articlesRead();
        return (coMentions.cut() ? "its newest " : "its ") + (n == 1 ? "article" : String.format(java.util.Locale.ROOT, "%,d articles", n));
    }

    public String path() {
        return Links.entity(entity.id());
    }

    /** The events page of the events this entity is an actor of, in the page's range. */
    public String eventsLink() {
        return Links.events(new EventFilter(null, null, entity.id(), null, range.from(), range.to(), null, null));
    }

    public String statementsLink(int page) {
        return path() + Links.query(params("statements", page)) + "#statements-heading";
    }

    public String pageLink(int page) {
        return path() + Links.query(params("page", page)) + "#articles-heading";
    }

    /** The poll for more articles mentioning the entity than the page shows. */
    public LivePoll live() {
        return LivePoll.first(link(entity.id(), range), articles.total());
    }

    /** The entity's page over that range of days. */
    static String link(String id, org.sitrep.core.DayRange range) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", range.from());
        m.put("to", range.to());
        return Links.entity(id) + Links.query(m);
    }

    /** " published 2014-11-01 to 2014-11-30", or empty when the page lists every day. */
    public String rangeText() {
        return RangeText.of(range);
    }

    private Map<String, Object> params(String pageParam, int page) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", range.from());
        m.put("to", range.to());
        m.put(pageParam, page > 1 ? page : null);
        return m;
    }
}
